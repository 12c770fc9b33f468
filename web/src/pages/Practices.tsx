// Practices: the library (recommended first), and one practice with steps, start, done and
// "felt closer? 1–5".
import { useState } from 'preact/hooks';
import { api } from '../api/endpoints';
import type { KindId, PracticeDetail, PracticeEvent } from '../api/types';
import { Icon } from '../components/Icon';
import { Scale } from '../components/Scale';
import { Card, ErrorNotice, KindTag, LoadFailed, Loading, Notice, Page, useAsync } from '../components/ui';
import { formatTimestamp } from '../lib/dates';
import { KIND_ORDER, KIND_SHORT, sortKinds } from '../lib/kinds';
import { PracticeSummary } from './Insights';

export function PracticesPage() {
  const data = useAsync(() => api.practices());
  const [kind, setKind] = useState<KindId | 'all'>('all');
  return (
    <Page
      title="Practices"
      lead="Small things to try, alone or together. Pick what appeals; skip what doesn’t. You can stop any of them at any time."
    >
      {data.data ? (
        <>
          {data.data.recommended.length > 0 && (
            <section aria-labelledby="rec-title">
              <h2 id="rec-title" class="section-title">
                Suggested for you
              </h2>
              <ul class="card-list">
                {data.data.recommended.map((r) => (
                  <li>
                    <PracticeSummary id={r.id} practice={data.data!.practices.find((p) => p.id === r.id)} reason={r.reason} />
                  </li>
                ))}
              </ul>
            </section>
          )}
          <section aria-labelledby="all-title">
            <h2 id="all-title" class="section-title">
              All practices
            </h2>
            <div class="filter" role="group" aria-label="Show practices for a kind">
              <button type="button" class="chip-button" aria-pressed={kind === 'all'} onClick={() => setKind('all')}>
                All
              </button>
              {KIND_ORDER.map((k) => (
                <button type="button" class={'chip-button kind-' + k} aria-pressed={kind === k} onClick={() => setKind(k)}>
                  <Icon name={k} size={16} /> {KIND_SHORT[k]}
                </button>
              ))}
            </div>
            <ul class="card-list card-grid">
              {data.data.practices
                .filter((p) => kind === 'all' || p.kinds.includes(kind))
                .map((p) => (
                  <li>
                    <PracticeSummary id={p.id} practice={p} />
                  </li>
                ))}
            </ul>
          </section>
        </>
      ) : data.error !== undefined ? (
        <LoadFailed error={data.error} onRetry={data.reload} />
      ) : (
        <Loading />
      )}
    </Page>
  );
}

const FELT_CLOSER: Record<number, string> = {
  1: 'Not really',
  2: 'A little',
  3: 'Somewhat',
  4: 'Quite a bit',
  5: 'Much closer',
};

const STATE_WORDS: Record<PracticeEvent['state'], string> = {
  started: 'Started',
  done: 'Done',
  not_now: 'Set aside for now',
};

export function PracticeDetailPage({ id }: { id: string }) {
  const data = useAsync(() => api.practice(id), [id]);
  const back = { href: '/practices', label: 'Practices' };
  if (!data.data) {
    return (
      <Page title="Practice" back={back}>
        {data.error !== undefined ? <LoadFailed error={data.error} onRetry={data.reload} /> : <Loading />}
      </Page>
    );
  }
  return (
    <Page title={data.data.practice.title} back={back}>
      <PracticeBody detail={data.data} reload={data.reload} />
    </Page>
  );
}

type Phase = 'idle' | 'started' | 'rating' | 'finished' | 'not_now';

function PracticeBody({ detail, reload }: { detail: PracticeDetail; reload: () => void }) {
  const p = detail.practice;
  const last = detail.history.length ? detail.history[detail.history.length - 1] : null;
  const [phase, setPhase] = useState<Phase>(last?.state === 'started' ? 'started' : 'idle');
  const [rating, setRating] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [ratingError, setRatingError] = useState<string | null>(null);

  async function run(action: () => Promise<unknown>, next: Phase) {
    setBusy(true);
    setError(null);
    try {
      await action();
      setPhase(next);
      reload();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  function submitRating(e: Event) {
    e.preventDefault();
    if (rating === null) {
      setRatingError('Choose a number from 1 to 5, or go back if you’d rather not say.');
      return;
    }
    setRatingError(null);
    void run(() => api.finishPractice(p.id, rating), 'finished');
  }

  return (
    <>
      <p class="meta">
        <span>
          <Icon name="clock" size={18} /> About {p.minutes} minutes
        </span>
        <span>
          <Icon name={p.mode === 'together' ? 'partner' : 'account'} size={18} />{' '}
          {p.mode === 'together' ? 'Together, if you both want to' : 'On your own'}
        </span>
      </p>
      <p class="kind-tags">
        {sortKinds(p.kinds).map((k) => (
          <KindTag kind={k} small />
        ))}
      </p>
      <Card>
        <h2>Why it can help</h2>
        <p>{p.why}</p>
        {p.not_when && (
          <p class="not-when">
            <Icon name="info" size={18} /> <span>{p.not_when}</span>
          </p>
        )}
      </Card>
      <Card labelledBy="steps-title">
        <h2 id="steps-title">How to do it</h2>
        <ol class="steps">
          {p.steps.map((s) => (
            <li>{s}</li>
          ))}
        </ol>
      </Card>

      <Card class="practice-actions" labelledBy="do-title">
        <h2 id="do-title">{phase === 'finished' ? 'All done' : 'When you’re ready'}</h2>
        {phase === 'idle' || phase === 'not_now' ? (
          <>
            {phase === 'not_now' && <Notice tone="success">Set aside for now. You can come back to it any time.</Notice>}
            <div class="actions">
              <button type="button" class="btn btn-primary" disabled={busy} onClick={() => run(() => api.startPractice(p.id), 'started')}>
                Start this practice
              </button>
              {phase === 'idle' && (
                <button type="button" class="btn btn-ghost" disabled={busy} onClick={() => run(() => api.notNowPractice(p.id), 'not_now')}>
                  Not now
                </button>
              )}
            </div>
          </>
        ) : phase === 'started' ? (
          <>
            <p>Started. Take your time; there’s no clock running. Come back here when you’ve done it.</p>
            <div class="actions">
              <button type="button" class="btn btn-primary" onClick={() => setPhase('rating')}>
                I’ve done it
              </button>
              <button type="button" class="btn btn-ghost" disabled={busy} onClick={() => run(() => api.notNowPractice(p.id), 'not_now')}>
                Not now
              </button>
            </div>
          </>
        ) : phase === 'rating' ? (
          <form onSubmit={submitRating} noValidate>
            <fieldset class="scale-question" aria-describedby={ratingError ? 'rating-error' : undefined}>
              <legend>Did you feel closer afterwards?</legend>
              <Scale name="felt_closer" min={1} max={5} value={rating} labelFor={(n) => FELT_CLOSER[n]} onChange={(n) => { setRating(n); setRatingError(null); }} />
            </fieldset>
            {ratingError && (
              <p class="field-error" id="rating-error">
                <Icon name="alert" size={18} /> {ratingError}
              </p>
            )}
            <p class="muted small">Any answer helps Rapport suggest what suits you both. “Not really” is useful too.</p>
            <div class="actions">
              <button type="submit" class="btn btn-primary" disabled={busy}>
                {busy ? 'Saving…' : 'Save'}
              </button>
              <button type="button" class="btn btn-ghost" onClick={() => setPhase('started')}>
                Back
              </button>
            </div>
          </form>
        ) : (
          <>
            <Notice tone="success">Saved. Thank you for taking the time.</Notice>
            <div class="actions">
              <a class="btn btn-secondary" href="/practices">
                Back to practices
              </a>
              <button type="button" class="btn btn-ghost" onClick={() => setPhase('idle')}>
                Do it again another time
              </button>
            </div>
          </>
        )}
        <ErrorNotice error={error} kept="Nothing was lost. Try again when you’re ready." />
      </Card>

      {detail.history.length > 0 && (
        <Card labelledBy="practice-history-title">
          <h2 id="practice-history-title">Your history with this practice</h2>
          <ul class="plain-list">
            {[...detail.history].reverse().map((h) => (
              <li>
                {STATE_WORDS[h.state] ?? h.state} · {formatTimestamp(h.at)}
                {h.state === 'done' && h.felt_closer != null && ` · felt closer: ${h.felt_closer} of 5 (${FELT_CLOSER[h.felt_closer]})`}
              </li>
            ))}
          </ul>
        </Card>
      )}
    </>
  );
}
