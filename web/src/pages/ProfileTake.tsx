// Taking the profile: one statement per screen, progress shown, skip anything, pause any time.
// Answers live in memory and are saved to the server's draft when moving on and when pausing.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { api } from '../api/endpoints';
import type { ProfileAnswers, ProfileItems } from '../api/types';
import { Icon } from '../components/Icon';
import { Scale } from '../components/Scale';
import { Card, ErrorNotice, KindTag, LoadFailed, Loading, Notice, Page, isNotFound, useAsync } from '../components/ui';
import { KIND_LABEL } from '../lib/kinds';
import {
  answeredCount,
  buildSteps,
  cleanAnswers,
  isAnswered,
  resumeIndex,
  setAnswer,
  underAnsweredKinds,
  type Step,
} from '../lib/profileFlow';
import { navigate } from '../lib/router';
import { loadCatalogue, profileDrafts } from '../state';

const KEY = 'profile';

export function ProfileTakePage() {
  const data = useAsync(async () => {
    const [items, catalogue] = await Promise.all([api.profileItems(), loadCatalogue()]);
    let draft: ProfileAnswers | null = profileDrafts.get(KEY) ?? null;
    let resumed = draft !== null;
    if (!draft) {
      try {
        draft = await api.profileDraft();
        resumed = true;
      } catch (e) {
        if (!isNotFound(e)) throw e;
      }
    }
    return { items, draft, resumed, kindLabels: Object.fromEntries(catalogue.kinds.map((k) => [k.id, k.label])) };
  });
  return (
    <Page title="Intimacy profile" class="page-compact">
      {data.data ? (
        <Questionnaire {...data.data} />
      ) : data.error !== undefined ? (
        <LoadFailed error={data.error} onRetry={data.reload} />
      ) : (
        <Loading />
      )}
    </Page>
  );
}

type SyncState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'failed'; error: unknown };

function Questionnaire({ items, draft, resumed, kindLabels }: { items: ProfileItems; draft: ProfileAnswers | null; resumed: boolean; kindLabels: Record<string, string> }) {
  const steps = useMemo(() => buildSteps(items), [items]);
  const { min, max, labels } = items.scale;
  const [answers, setAnswersState] = useState<ProfileAnswers>(() => cleanAnswers(steps, draft, min, max));
  const [index, setIndex] = useState(() => (resumed ? resumeIndex(steps, answers) : 0));
  const [reviewing, setReviewing] = useState(false);
  const [sync, setSync] = useState<SyncState>({ kind: 'idle' });
  const [submitError, setSubmitError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);
  const lastSynced = useRef(JSON.stringify(answers));
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);

  const total = steps.length;
  const done = answeredCount(steps, answers);

  const setAnswers = (a: ProfileAnswers) => {
    setAnswersState(a);
    profileDrafts.set(KEY, a);
  };

  async function saveDraft(): Promise<boolean> {
    const body = JSON.stringify(answers);
    if (body === lastSynced.current) return true;
    setSync({ kind: 'saving' });
    try {
      await api.saveProfileDraft(answers);
      lastSynced.current = body;
      setSync({ kind: 'idle' });
      return true;
    } catch (error) {
      setSync({ kind: 'failed', error });
      return false;
    }
  }

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    stepHeading.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [index, reviewing]);

  function go(to: number) {
    void saveDraft();
    if (to >= total) setReviewing(true);
    else {
      setReviewing(false);
      setIndex(Math.max(0, to));
    }
  }

  async function pause() {
    if (await saveDraft()) {
      navigate('/profile?paused=1');
    }
  }

  async function finish() {
    setSubmitting(true);
    setSubmitError(null);
    try {
      await api.submitProfile(answers);
      profileDrafts.delete(KEY);
      navigate('/profile');
    } catch (error) {
      setSubmitError(error);
      setSubmitting(false);
    }
  }

  const step = steps[Math.min(index, total - 1)];
  const progressLabel = reviewing ? `All ${total} questions seen` : `Question ${index + 1} of ${total}`;

  return (
    <div class="questionnaire">
      {resumed && done > 0 && index === resumeIndex(steps, answers) && !reviewing && (
        <Notice>Welcome back. Your earlier answers are kept; you’re picking up where you paused.</Notice>
      )}
      <div class="progress-wrap">
        <p class="progress-text">
          <span>{progressLabel}</span>
          <span class="muted">{done} answered</span>
        </p>
        <progress max={total} value={done} aria-label={`${done} of ${total} questions answered`} />
      </div>

      {!reviewing && step ? (
        <Card class="question-card">
          <QuestionStep
            key={step.id}
            step={step}
            answers={answers}
            onAnswer={setAnswers}
            min={min}
            max={max}
            labels={labels}
            headingRef={stepHeading}
            kindLabel={step.type === 'item' ? kindLabels[step.kind] ?? KIND_LABEL[step.kind] : undefined}
          />
          <div class="actions actions-split question-nav">
            <button type="button" class="btn btn-secondary" onClick={() => go(index - 1)} disabled={index === 0}>
              <Icon name="back" size={20} /> Back
            </button>
            <button type="button" class="btn btn-primary" onClick={() => go(index + 1)}>
              {isAnswered(step, answers) ? 'Next' : 'Skip for now'} <Icon name="forward" size={20} />
            </button>
          </div>
        </Card>
      ) : (
        <Review
          steps={steps}
          answers={answers}
          headingRef={stepHeading}
          onBack={() => go(total - 1)}
          onGoTo={(i) => go(i)}
          onFinish={finish}
          submitting={submitting}
          submitError={submitError}
        />
      )}

      <div class="pause-row">
        <button type="button" class="btn btn-ghost" onClick={pause} disabled={sync.kind === 'saving'}>
          <Icon name="clock" size={20} /> Pause and come back later
        </button>
        <p class="muted small" aria-live="polite">
          {sync.kind === 'saving' ? 'Saving your answers…' : sync.kind === 'idle' ? 'Your answers are saved as you go.' : ''}
        </p>
      </div>
      {sync.kind === 'failed' && (
        <ErrorNotice
          error={sync.error}
          kept="Your answers are still here in this tab; nothing is lost. You can carry on, and we’ll save them when the connection is back."
          onRetry={() => void saveDraft()}
        />
      )}
    </div>
  );
}

function ScaleQuestion(props: {
  name: string;
  legend: string;
  value: number | undefined;
  min: number;
  max: number;
  labels: string[];
  onChange: (v: number) => void;
}) {
  const labelFor = (v: number) => props.labels[v - props.min] ?? String(v);
  return (
    <fieldset class="scale-question">
      <legend>{props.legend}</legend>
      <Scale name={props.name} min={props.min} max={props.max} value={props.value} labelFor={labelFor} onChange={props.onChange} />
    </fieldset>
  );
}

function QuestionStep(props: {
  step: Step;
  answers: ProfileAnswers;
  onAnswer: (a: ProfileAnswers) => void;
  min: number;
  max: number;
  labels: string[];
  headingRef: preact.RefObject<HTMLHeadingElement>;
  kindLabel?: string;
}) {
  const { step, answers } = props;
  /** The scale for one part of the answer to this step. */
  const scale = (part: 'have' | 'want' | 'comfort', legend: string) => (
    <ScaleQuestion
      name={part + '-' + step.id}
      legend={legend}
      value={answers[part][step.id]}
      min={props.min}
      max={props.max}
      labels={props.labels}
      onChange={(v) => props.onAnswer(setAnswer(answers, part, step.id, v))}
    />
  );
  return (
    <div class="question-step">
      {step.type === 'item' ? (
        <KindTag kind={step.kind} label={props.kindLabel} />
      ) : (
        <p class="eyebrow">Closeness comfort · private to you</p>
      )}
      <h2 class="statement" tabIndex={-1} ref={props.headingRef}>
        {step.text}
      </h2>
      {step.type === 'item' ? (
        <>
          {scale('have', 'How it is now')}
          {scale('want', 'How I’d like it to be')}
        </>
      ) : (
        scale('comfort', 'How true is this for you?')
      )}
    </div>
  );
}

function Review(props: {
  steps: Step[];
  answers: ProfileAnswers;
  headingRef: preact.RefObject<HTMLHeadingElement>;
  onBack: () => void;
  onGoTo: (i: number) => void;
  onFinish: () => void;
  submitting: boolean;
  submitError: unknown;
}) {
  const { steps, answers } = props;
  const done = answeredCount(steps, answers);
  const skipped = steps.map((s, i) => ({ s, i })).filter(({ s }) => !isAnswered(s, answers));
  const thin = underAnsweredKinds(steps, answers);
  return (
    <Card class="question-card">
      <h2 tabIndex={-1} ref={props.headingRef}>
        Ready to see your results?
      </h2>
      <p>
        You answered {done} of {steps.length} questions.
        {skipped.length > 0 && ' Skipped ones are fine; you can go back to them now or leave them.'}
      </p>
      {thin.length > 0 && (
        <p class="muted">
          A kind needs most of its questions answered to get a score. Right now that’s not the case for:{' '}
          {thin.map((k) => KIND_LABEL[k]).join(', ')}.
        </p>
      )}
      {skipped.length > 0 && (
        <details class="skipped">
          <summary>See the {skipped.length} skipped {skipped.length === 1 ? 'question' : 'questions'}</summary>
          <ul class="plain-list">
            {skipped.map(({ s, i }) => (
              <li>
                <button type="button" class="link-button" onClick={() => props.onGoTo(i)}>
                  {s.text}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
      <ErrorNotice error={props.submitError} kept="All your answers are still here. Try again when you’re ready." />
      <div class="actions actions-split">
        <button type="button" class="btn btn-secondary" onClick={props.onBack}>
          <Icon name="back" size={20} /> Back
        </button>
        <button type="button" class="btn btn-primary" onClick={props.onFinish} disabled={props.submitting || done === 0}>
          {props.submitting ? 'Working out your results…' : 'See my results'}
        </button>
      </div>
    </Card>
  );
}
