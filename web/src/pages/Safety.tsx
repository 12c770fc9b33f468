// The safety check: private questions, answers never stored. When any answer is yes, sharing
// with the partner stops silently; the person sees the message, support, how to leave quickly,
// and how to turn sharing back on. The partner sees only "nothing new".
import { useState } from 'preact/hooks';
import { Icon } from '../components/Icon';
import { ConfirmDialog, ErrorNotice, LoadFailed, Loading, Notice, Page, useAsync } from '../components/ui';
import { consentApi, type SafetyResource, type SafetyResult, type SafetyState } from '../lib/consentApi';
import { formatTimestamp } from '../lib/dates';
import { quickExit } from '../lib/quickExit';
import { forgetDrafts } from '../state';
import '../styles/consent.css';

function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter(Boolean)
        .map((p) => (
          <p>{p}</p>
        ))}
    </>
  );
}

export function SafetyPage() {
  const data = useAsync(() => consentApi.safety(), []);
  const [result, setResult] = useState<SafetyResult | null>(null);
  const [undone, setUndone] = useState(false);

  const state = data.data;
  const active = state && !undone && (state.active || result?.positive);
  return (
    <Page title="Safety check" lead={active ? undefined : 'A few private questions, only for you.'}>
      {!state && data.error ? (
        <LoadFailed error={data.error} onRetry={data.reload} />
      ) : !state ? (
        <Loading />
      ) : active ? (
        <Positive
          state={state}
          result={result}
          onUndone={() => {
            setUndone(true);
            setResult(null);
          }}
        />
      ) : result && !result.positive ? (
        <Negative result={result} onAgain={() => setResult(null)} />
      ) : (
        <>
          {undone && (
            <Notice tone="success">
              <p>Sharing is back on, as your switches in Sharing say. You can take this check again at any time.</p>
            </Notice>
          )}
          <Questions state={state} onResult={(r) => {
            setUndone(false);
            setResult(r);
            window.scrollTo(0, 0);
          }} />
        </>
      )}
    </Page>
  );
}

function Questions({ state, onResult }: { state: SafetyState; onResult: (r: SafetyResult) => void }) {
  const [answers, setAnswers] = useState<Record<string, boolean>>({});
  const [missing, setMissing] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function submit(e: Event) {
    e.preventDefault();
    const unanswered = state.items.filter((i) => answers[i.id] === undefined).map((i) => i.id);
    setMissing(unanswered);
    if (unanswered.length) {
      document.getElementById('safety-' + unanswered[0] + '-yes')?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      onResult(await consentApi.checkSafety(answers));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="safety-form" onSubmit={submit} noValidate>
      <section class="card card-quiet safety-intro">
        <p>{state.intro}</p>
        <p class="hint">
          <Icon name="exit" size={16} /> If someone comes in, <strong>Quick exit</strong> at the top, or Escape pressed
          twice, leaves at once.
        </p>
      </section>
      {state.items.map((item, n) => {
        const err = missing.includes(item.id);
        return (
          <fieldset class={'card question safety-item' + (err ? ' field-invalid' : '')} aria-describedby={err ? `safety-${item.id}-error` : undefined}>
            <legend class="question-title">
              <span class="sr-only">Question {n + 1} of {state.items.length}: </span>
              {item.text}
            </legend>
            <div class="options options-row">
              {[true, false].map((v) => (
                <label class="option">
                  <input
                    id={`safety-${item.id}-${v ? 'yes' : 'no'}`}
                    type="radio"
                    name={'safety-' + item.id}
                    checked={answers[item.id] === v}
                    onChange={() => {
                      setAnswers({ ...answers, [item.id]: v });
                      setMissing(missing.filter((m) => m !== item.id));
                    }}
                  />
                  <span class="option-face">{v ? 'Yes' : 'No'}</span>
                </label>
              ))}
            </div>
            {err && (
              <p class="field-error" id={`safety-${item.id}-error`}>
                <Icon name="alert" size={18} /> Please choose yes or no. Either is fine.
              </p>
            )}
          </fieldset>
        );
      })}
      <ErrorNotice error={error} kept="Your answers are still chosen here. Nothing was saved or changed." />
      <div class="actions">
        <button type="submit" class="btn btn-primary" disabled={busy}>
          {busy ? 'One moment…' : 'Finish the check'}
        </button>
      </div>
      <p class="hint">Your answers are not saved anywhere, and your partner is not told that you answered.</p>
    </form>
  );
}

function Negative({ result, onAgain }: { result: SafetyResult; onAgain: () => void }) {
  return (
    <section class="card safety-result" aria-labelledby="safety-done" tabIndex={-1}>
      <h2 id="safety-done">Thank you</h2>
      <Paragraphs text={result.message} />
      <div class="actions">
        <a class="btn btn-primary" href="/today">
          Back to today
        </a>
        <button type="button" class="btn btn-ghost" onClick={onAgain}>
          Look at the questions again
        </button>
      </div>
    </section>
  );
}

function Resources({ resources }: { resources: SafetyResource[] }) {
  return (
    <section aria-labelledby="safety-support">
      <h2 class="section-title" id="safety-support">
        Support
      </h2>
      <ul class="resource-list">
        {resources.map((r) => (
          <li class="card resource">
            <h3>{r.title}</h3>
            <p>{r.body}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Positive({ state, result, onUndone }: { state: SafetyState; result: SafetyResult | null; onUndone: () => void }) {
  const message = result?.message ?? state.message ?? '';
  const resources = result?.resources ?? state.resources ?? [];
  const [confirm, setConfirm] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function undo() {
    setBusy(true);
    setError(null);
    try {
      await consentApi.undoSafety();
      setConfirm(false);
      onUndone();
    } catch (e) {
      setConfirm(false);
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <section class="card safety-result" aria-labelledby="safety-answered">
        <h2 id="safety-answered">Sharing with your partner is stopped</h2>
        {!result && state.since && <p class="muted">Since {formatTimestamp(state.since)}.</p>}
        <Paragraphs text={message} />
      </section>

      <section class="card safety-leave" aria-labelledby="safety-leave-title">
        <h2 id="safety-leave-title">If you need to leave this page</h2>
        <p>
          The <strong>Quick exit</strong> button at the top of every page, or pressing Escape twice, opens a neutral page
          at once.
        </p>
        <button type="button" class="btn btn-secondary" onClick={() => quickExit(forgetDrafts)}>
          <Icon name="exit" size={20} /> Leave now
        </button>
      </section>

      <Resources resources={resources} />

      <section class="card card-quiet safety-undo" aria-labelledby="safety-undo-title">
        <h2 id="safety-undo-title">Turning sharing back on</h2>
        <p>
          Whenever you choose, you can turn sharing back on here. There is no need to decide anything today, and nothing is
          lost while it stays off.
        </p>
        <ErrorNotice error={error} kept="Sharing is still off. Nothing changed." onRetry={undo} />
        <button type="button" class="btn btn-secondary" onClick={() => setConfirm(true)}>
          Turn sharing back on…
        </button>
      </section>

      <ConfirmDialog
        open={confirm}
        title="Turn sharing back on?"
        confirmLabel="Turn sharing back on"
        cancelLabel="Keep it off"
        busy={busy}
        onConfirm={undo}
        onCancel={() => setConfirm(false)}
      >
        <p>
          Your partner will again see what your switches in Sharing allow, including anything you added while sharing was
          off. Comparison between you comes back too.
        </p>
        <p>Your partner won’t be told that anything changed.</p>
      </ConfirmDialog>
    </>
  );
}
