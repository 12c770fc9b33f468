// Desires and boundaries: each partner answers privately yes / maybe / not now / no. Only ideas
// you both said yes or maybe to are shown, to both of you. Every answer saves at once; a failed
// save keeps the choice on screen and offers to try again.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { Icon } from '../components/Icon';
import { ErrorNotice, KindTag, LoadFailed, Loading, Page, useAsync } from '../components/ui';
import { ANSWER_LABEL, answeredWords, groupIdeasByKind } from '../lib/consent';
import { consentApi, DESIRE_ANSWERS, type DesireAnswer, type DesireIdea, type Desires } from '../lib/consentApi';
import { KIND_LABEL } from '../lib/kinds';
import { loadCatalogue, useApp } from '../state';
import '../styles/consent.css';

type Pending = { answer: DesireAnswer | null; state: 'saving' | 'error' | 'saved'; error?: unknown; seq: number };

export function DesiresPage() {
  const app = useApp();
  const data = useAsync(() => consentApi.desires(), []);
  const labels = useAsync(async () => {
    const c = await loadCatalogue().catch(() => null);
    const m: Record<string, string> = { ...KIND_LABEL };
    for (const k of c?.kinds ?? []) m[k.id] = k.label;
    return m;
  }, []);
  const [desires, setDesires] = useState<Desires | null>(null);
  const [pending, setPending] = useState<Record<string, Pending>>({});
  const seq = useRef(0);

  useEffect(() => {
    if (data.data) setDesires(data.data);
  }, [data.data]);

  async function refresh() {
    try {
      setDesires(await consentApi.desires());
    } catch {
      // The answers are saved; the matches catch up on the next load.
    }
  }

  async function answer(id: string, value: DesireAnswer | null) {
    const mySeq = ++seq.current;
    setPending((p) => ({ ...p, [id]: { answer: value, state: 'saving', seq: mySeq } }));
    try {
      await consentApi.answerDesire(id, value);
      setDesires((d) =>
        d
          ? {
              ...d,
              ideas: d.ideas.map((i) =>
                i.id === id ? { ...i, answer: value, answered_at: value ? new Date().toISOString() : null, fresh_look: false } : i,
              ),
            }
          : d,
      );
      setPending((p) => (p[id]?.seq === mySeq ? { ...p, [id]: { answer: value, state: 'saved', seq: mySeq } } : p));
      await refresh();
    } catch (error) {
      setPending((p) => (p[id]?.seq === mySeq ? { ...p, [id]: { answer: value, state: 'error', error, seq: mySeq } } : p));
    }
  }

  const kindLabels = labels.data ?? KIND_LABEL;
  const groups = useMemo(() => (desires ? groupIdeasByKind(desires.ideas) : []), [desires]);
  const freshCount = desires ? desires.ideas.filter((i) => i.fresh_look).length : 0;
  const linked = !!app.me?.partner.linked;

  return (
    <Page
      title="Desires and boundaries"
      lead="Ideas for each kind of closeness. Answer only the ones you want to, in your own time. Your answers are private, and you can change any of them whenever you like."
    >
      {!desires && data.error ? (
        <LoadFailed error={data.error} onRetry={data.reload} />
      ) : !desires ? (
        <Loading />
      ) : (
        <>
          <section class="card matches" aria-labelledby="matches-title">
            <h2 id="matches-title">Ideas you both like</h2>
            <p>
              Only ideas that you both answered yes or maybe to appear here, for both of you. Nothing else is ever shown to
              either of you: not which you chose, not the other answers, and never a no.
            </p>
            {!linked ? (
              <p class="muted">
                When you <a href="/partner">link with your partner</a>, the ideas you both like will appear here.
              </p>
            ) : desires.matches.length === 0 ? (
              <p class="muted" id="no-matches">
                None yet. When you both say yes or maybe to the same idea, it appears here.
              </p>
            ) : (
              <ul class="match-list">
                {desires.matches.map((m) => (
                  <li class={'kind-' + m.kind}>
                    <KindTag kind={m.kind} label={kindLabels[m.kind]} small />
                    <h3>{m.title}</h3>
                    <p>{m.description}</p>
                  </li>
                ))}
              </ul>
            )}
          </section>

          {freshCount > 0 && (
            <p class="fresh-summary">
              <Icon name="clock" size={18} />
              <span>
                {freshCount === 1 ? 'One of your answers is' : `${freshCount} of your answers are`} more than three months
                old. They are marked below, in case you’d like a fresh look.
              </span>
            </p>
          )}

          <h2 class="section-title">All ideas</h2>
          <p class="muted desires-help">
            Yes and maybe can become matches. Not now and no stay with you: your partner never sees them.
          </p>
          {groups.map((g) => (
            <details class={'card desire-kind kind-' + g.kind}>
              <summary>
                <span class="desire-kind-title">
                  <KindTag kind={g.kind} label={kindLabels[g.kind]} />
                </span>
                <span class="desire-kind-count">{answeredWords(g.ideas.map((i) => ({ answer: pending[i.id]?.answer !== undefined ? pending[i.id].answer : i.answer })))}</span>
              </summary>
              <ul class="idea-list">
                {g.ideas.map((i) => (
                  <IdeaItem idea={i} pending={pending[i.id]} onAnswer={(v) => answer(i.id, v)} />
                ))}
              </ul>
            </details>
          ))}
        </>
      )}
    </Page>
  );
}

function IdeaItem({ idea, pending, onAnswer }: { idea: DesireIdea; pending?: Pending; onAnswer: (v: DesireAnswer | null) => void }) {
  const current = pending ? pending.answer : idea.answer;
  const titleId = 'idea-' + idea.id;
  const descId = titleId + '-desc';
  return (
    <li class="idea">
      <h3 id={titleId}>{idea.title}</h3>
      <p id={descId}>{idea.description}</p>
      {idea.fresh_look && pending?.state !== 'saved' && (
        <div class="fresh-look">
          <Icon name="clock" size={18} />
          <p>
            You answered this more than three months ago. Does “{ANSWER_LABEL[idea.answer ?? 'maybe']}” still feel right?
            You can keep it or change it.
          </p>
          {idea.answer && (
            <button type="button" class="btn btn-secondary btn-small" onClick={() => onAnswer(idea.answer)}>
              Still right
            </button>
          )}
        </div>
      )}
      <fieldset class="answer-group" aria-describedby={descId}>
        <legend class="sr-only">Your answer to “{idea.title}”</legend>
        <div class="answer-options">
          {DESIRE_ANSWERS.map((a) => (
            <label class="answer-option">
              <input type="radio" name={'answer-' + idea.id} value={a} checked={current === a} onChange={() => onAnswer(a)} />
              <span class="answer-face">
                <Icon name="check" size={16} class="answer-check" />
                {ANSWER_LABEL[a]}
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <div class="idea-foot" aria-live="polite">
        {pending?.state === 'saving' && <span class="muted">Saving…</span>}
        {pending?.state === 'saved' && (
          <span class="saved">
            <Icon name="check" size={16} /> Saved
          </span>
        )}
        {current !== null && pending?.state !== 'error' && (
          <button type="button" class="link-button" onClick={() => onAnswer(null)}>
            Clear my answer<span class="sr-only"> to “{idea.title}”</span>
          </button>
        )}
      </div>
      {pending?.state === 'error' && (
        <ErrorNotice
          error={pending.error}
          kept={
            pending.answer
              ? `Your choice “${ANSWER_LABEL[pending.answer]}” is still selected here but isn’t saved yet.`
              : 'Your answer isn’t cleared yet.'
          }
          onRetry={() => onAnswer(pending.answer)}
          retryLabel="Try saving again"
        />
      )}
    </li>
  );
}
