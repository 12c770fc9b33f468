// Today's check-in (and any past day's): closeness, moments by kind, feelings, conflict,
// the after-sex question only when sex is ticked, and a private note. Nothing typed is lost:
// the form lives in an in-memory draft until the server confirms it is saved.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { api } from '../api/endpoints';
import { ApiError } from '../api/client';
import type { Catalogue, Checkin as CheckinT, KindId } from '../api/types';
import { Icon } from '../components/Icon';
import { Scale } from '../components/Scale';
import { ConfirmDialog, ErrorNotice, KindTag, LoadFailed, Loading, Notice, Page, isNotFound, useAsync } from '../components/ui';
import {
  EMPTY_FORM,
  formFromCheckin,
  hasSex,
  momentGroups,
  sameForm,
  setConflict,
  toInput,
  toggle,
  toggleMoment,
  type CheckinForm,
} from '../lib/checkinForm';
import { addDays, formatDayLong, isDay, localDay, relativeDayLabel } from '../lib/dates';
import { navigate } from '../lib/router';
import { checkinDrafts, loadCatalogue, useApp } from '../state';
import { NoteShareToggle } from './NoteShare';

const CLOSENESS_WORDS: Record<number, string> = {
  1: 'Far apart',
  2: 'Distant',
  3: 'A little distant',
  4: 'In between',
  5: 'Fairly close',
  6: 'Close',
  7: 'Very close',
};

const NOTE_MAX = 4000;

export function CheckinPage({ day: dayParam }: { day?: string }) {
  const app = useApp();
  const today = localDay();
  const day = dayParam && isDay(dayParam) ? dayParam : today;
  const future = day > addDays(today, 0);
  const data = useAsync(async () => {
    const catalogue = await loadCatalogue();
    let existing: CheckinT | null = null;
    try {
      existing = await api.checkin(day);
    } catch (e) {
      if (!isNotFound(e)) throw e;
    }
    return { catalogue, existing };
  }, [day]);

  if (future) {
    return (
      <Page title="Check-in" back={{ href: '/today', label: 'Today' }}>
        <Notice>That day hasn’t happened yet. A check-in can be for today or any day before.</Notice>
      </Page>
    );
  }

  const isToday = day === today;
  const heading = isToday ? 'Today' : relativeDayLabel(day, today);
  const draft = checkinDrafts.get(day);

  return (
    <Page title={isToday ? 'Today' : 'Check-in for ' + formatDayLong(day)} heading={heading}>
      <DayNav day={day} today={today} />
      {data.data ? (
        <CheckinEditor key={day} day={day} catalogue={data.data.catalogue} existing={data.data.existing} />
      ) : data.error ? (
        draft ? (
          <Notice tone="error">
            We couldn’t load this day just now. Your unsaved check-in is still here in this tab.{' '}
            <button type="button" class="btn btn-secondary btn-small" onClick={data.reload}>
              Try again
            </button>
          </Notice>
        ) : (
          <LoadFailed error={data.error} onRetry={data.reload} />
        )
      ) : (
        <Loading />
      )}
      {isToday && app.me && !app.me.partner.linked && data.data && <GettingStarted />}
    </Page>
  );
}

function GettingStarted() {
  return (
    <section class="card card-quiet getting-started" aria-labelledby="start-title">
      <h2 id="start-title">When you feel like it</h2>
      <ul class="link-list">
        <li>
          <a href="/partner">
            <Icon name="partner" /> Invite your partner
          </a>
        </li>
        <li>
          <a href="/profile">
            <Icon name="profile" /> Take the intimacy profile
          </a>
        </li>
        <li>
          <a href="/cards">
            <Icon name="cards" /> Read how sex and intimacy differ
          </a>
        </li>
      </ul>
    </section>
  );
}

function DayNav({ day, today }: { day: string; today: string }) {
  const prev = addDays(day, -1);
  const next = addDays(day, 1);
  const hrefFor = (d: string) => (d === today ? '/today' : '/checkin/' + d);
  return (
    <nav class="day-nav" aria-label="Choose a day">
      <a class="btn btn-ghost btn-icon" href={hrefFor(prev)} aria-label={'Previous day, ' + formatDayLong(prev)}>
        <Icon name="back" />
      </a>
      <label class="day-picker">
        <span class="sr-only">Day</span>
        <span aria-hidden="true">{formatDayLong(day)}</span>
        <input
          type="date"
          value={day}
          max={today}
          onChange={(e) => {
            const v = (e.currentTarget as HTMLInputElement).value;
            if (isDay(v) && v <= today) navigate(hrefFor(v));
          }}
        />
      </label>
      {day < today ? (
        <a class="btn btn-ghost btn-icon" href={hrefFor(next)} aria-label={'Next day, ' + formatDayLong(next)}>
          <Icon name="forward" />
        </a>
      ) : (
        <span class="btn-icon-placeholder" aria-hidden="true" />
      )}
    </nav>
  );
}

type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; created: boolean }
  | { kind: 'error'; error: unknown };

function CheckinEditor({ day, catalogue, existing }: { day: string; catalogue: Catalogue; existing: CheckinT | null }) {
  const app = useApp();
  const savedForm = useMemo(() => (existing ? formFromCheckin(existing) : EMPTY_FORM), [existing]);
  const [saved, setSaved] = useState<CheckinForm>(savedForm);
  const [hasSaved, setHasSaved] = useState(existing !== null);
  const [form, setFormState] = useState<CheckinForm>(() => checkinDrafts.get(day) ?? savedForm);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const [fieldError, setFieldError] = useState<{ field: string; message: string } | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const restoredDraft = useRef(checkinDrafts.has(day) && !sameForm(checkinDrafts.get(day)!, savedForm));
  const groups = useMemo(() => momentGroups(catalogue), [catalogue]);
  const kindLabel = useMemo(() => new Map(catalogue.kinds.map((k) => [k.id, k.label])), [catalogue]);
  const dirty = !sameForm(form, saved);
  const sexTicked = hasSex(form, catalogue.moments);

  const setForm = (next: CheckinForm) => {
    setFormState(next);
    checkinDrafts.set(day, next);
    if (save.kind !== 'saving') setSave({ kind: 'idle' });
    if (fieldError) setFieldError(null);
  };

  // Forget a draft that matches what is saved, when leaving the page.
  useEffect(
    () => () => {
      const d = checkinDrafts.get(day);
      if (d && sameForm(d, saved)) checkinDrafts.delete(day);
    },
    [day, saved],
  );

  async function submit(e?: Event) {
    e?.preventDefault();
    const shaped = toInput(form, catalogue.moments);
    if ('field' in shaped) {
      setFieldError(shaped);
      document.getElementById('closeness-1')?.focus();
      return;
    }
    const sending = form;
    setSave({ kind: 'saving' });
    try {
      const stored = await api.saveCheckin(day, shaped.input);
      const storedForm = formFromCheckin(stored);
      setSaved(storedForm);
      checkinDrafts.settle(day, sending);
      setSave({ kind: 'saved', created: !hasSaved });
      setHasSaved(true);
      restoredDraft.current = false;
    } catch (error) {
      if (error instanceof ApiError && error.field) {
        setFieldError({ field: error.field, message: error.message });
        setSave({ kind: 'idle' });
      } else {
        setSave({ kind: 'error', error });
      }
    }
  }

  async function remove() {
    setDeleting(true);
    try {
      await api.deleteCheckin(day);
      checkinDrafts.delete(day);
      setSaved(EMPTY_FORM);
      setFormState(EMPTY_FORM);
      setHasSaved(false);
      setConfirmDelete(false);
      setSave({ kind: 'idle' });
    } catch (error) {
      setConfirmDelete(false);
      setSave({ kind: 'error', error });
    } finally {
      setDeleting(false);
    }
  }

  const errFor = (field: string) => (fieldError && fieldError.field === field ? fieldError.message : null);

  return (
    <form class="checkin" onSubmit={submit} noValidate aria-describedby="checkin-status">
      <p class="checkin-status" id="checkin-status">
        {hasSaved ? (
          <>
            <Icon name="check" size={18} /> Checked in for this day. You can change it any time.
          </>
        ) : (
          'Not checked in yet. Only felt closeness is needed; everything else is optional.'
        )}
      </p>
      {restoredDraft.current && dirty && (
        <Notice>Your unsaved changes from earlier are still here.</Notice>
      )}

      <fieldset class="card question" aria-describedby={errFor('closeness') ? 'closeness-error' : undefined}>
        <legend class="question-title">How close did you feel to your partner?</legend>
        <p class="hint">1 is far apart, 7 is very close. Any answer is fine.</p>
        <Scale
          name="closeness"
          idPrefix="closeness-"
          min={1}
          max={7}
          value={form.closeness}
          labelFor={(n) => CLOSENESS_WORDS[n]}
          onChange={(n) => setForm({ ...form, closeness: n })}
        />
        {errFor('closeness') && (
          <p class="field-error" id="closeness-error">
            <Icon name="alert" size={18} /> {errFor('closeness')}
          </p>
        )}
      </fieldset>

      <section class="card question" aria-labelledby="moments-title">
        <h2 class="question-title" id="moments-title">
          What happened between you?
        </h2>
        <p class="hint">Tick what fits. No amount is right or wrong.</p>
        {groups.map((g) => (
          <fieldset class={'moment-group kind-' + g.kind}>
            <legend>
              <KindTag kind={g.kind} label={kindLabel.get(g.kind)} />
            </legend>
            <div class="chips">
              {g.moments.map((m) => (
                <label class="chip chip-moment">
                  <input
                    type="checkbox"
                    name="moments"
                    value={m.id}
                    checked={form.moments.includes(m.id)}
                    onChange={() => setForm(toggleMoment(form, m.id, catalogue.moments))}
                  />
                  <span class="chip-face">
                    <Icon name="check" size={18} class="chip-check" />
                    {m.label}
                  </span>
                </label>
              ))}
            </div>
            {g.kind === ('sexual' as KindId) && sexTicked && (
              <AfterSex form={form} setForm={setForm} options={catalogue.after_sex} error={errFor('after_sex')} />
            )}
          </fieldset>
        ))}
        {errFor('moments') && (
          <p class="field-error">
            <Icon name="alert" size={18} /> {errFor('moments')}
          </p>
        )}
      </section>

      <fieldset class="card question">
        <legend class="question-title">Any feeling words for today?</legend>
        <p class="hint">Pick as many or as few as you like.</p>
        <div class="chips">
          {catalogue.feelings.map((f) => (
            <label class="chip">
              <input
                type="checkbox"
                name="feelings"
                value={f.id}
                checked={form.feelings.includes(f.id)}
                onChange={() => setForm({ ...form, feelings: toggle(form.feelings, f.id) })}
              />
              <span class="chip-face">
                <Icon name="check" size={18} class="chip-check" />
                {f.label}
              </span>
            </label>
          ))}
        </div>
        {errFor('feelings') && (
          <p class="field-error">
            <Icon name="alert" size={18} /> {errFor('feelings')}
          </p>
        )}
      </fieldset>

      <fieldset class="card question">
        <legend class="question-title">Was there a conflict?</legend>
        <div class="options">
          {catalogue.conflict.map((c) => (
            <label class="option">
              <input
                type="radio"
                name="conflict"
                value={c.id}
                checked={form.conflict === c.id}
                onChange={() => setForm(setConflict(form, c.id as CheckinForm['conflict'], catalogue.moments))}
              />
              <span class="option-face">{c.label}</span>
            </label>
          ))}
        </div>
        {errFor('conflict') && (
          <p class="field-error">
            <Icon name="alert" size={18} /> {errFor('conflict')}
          </p>
        )}
      </fieldset>

      <div class="card question">
        <div class={'field' + (errFor('note') ? ' field-invalid' : '')}>
          <label for="note" class="question-title">
            A note, just for you
          </label>
          <p class="hint" id="note-hint">
            <Icon name="lock" size={16} />{' '}
            {form.shareNote && app.me?.partner.linked
              ? 'Optional. You’ve chosen to let your partner read this note.'
              : 'Optional. Only you can read it, even when you share other things.'}
          </p>
          <textarea
            id="note"
            rows={3}
            maxLength={NOTE_MAX}
            value={form.note}
            aria-describedby={'note-hint' + (errFor('note') ? ' note-error' : '')}
            aria-invalid={errFor('note') ? 'true' : undefined}
            onInput={(e) => setForm({ ...form, note: (e.currentTarget as HTMLTextAreaElement).value })}
          />
          {form.note.length > NOTE_MAX - 400 && (
            <p class="hint">{NOTE_MAX - form.note.length} characters left</p>
          )}
          {errFor('note') && (
            <p class="field-error" id="note-error">
              <Icon name="alert" size={18} /> {errFor('note')}
            </p>
          )}
        </div>
        {app.me?.partner.linked && (
          <NoteShareToggle checked={!!form.shareNote} onChange={(shareNote) => setForm({ ...form, shareNote })} />
        )}
      </div>

      <div class={'save-bar' + (dirty || save.kind === 'error' || save.kind === 'saving' ? ' is-pending' : '')}>
        <div class="save-message" aria-live="polite">
          {save.kind === 'saved' && (
            <p class="saved">
              <Icon name="check" size={18} /> {save.created ? 'Saved. Thank you for checking in.' : 'Saved your changes.'}
            </p>
          )}
          {save.kind === 'idle' && fieldError && fieldError.field !== 'closeness' && (
            <p class="field-error">Please look at the answer marked above, then save again. Everything you entered is still here.</p>
          )}
          {save.kind === 'idle' && dirty && !fieldError && <p class="unsaved">Not saved yet</p>}
        </div>
        {save.kind === 'error' && (
          <ErrorNotice error={save.error} kept="Your check-in is still here and nothing was lost. Try again when you’re ready." />
        )}
        {fieldError?.field === 'closeness' && (
          <p class="field-error">
            <Icon name="alert" size={18} /> Choose a number for felt closeness first. Everything else is kept.
          </p>
        )}
        <div class="actions">
          <button type="submit" class="btn btn-primary btn-wide" disabled={save.kind === 'saving'}>
            {save.kind === 'saving'
              ? 'Saving…'
              : save.kind === 'error'
                ? 'Try saving again'
                : hasSaved
                  ? 'Save changes'
                  : 'Save check-in'}
          </button>
        </div>
      </div>

      {hasSaved && (
        <div class="danger-zone">
          <button type="button" class="btn btn-ghost btn-small" onClick={() => setConfirmDelete(true)}>
            Remove this day’s check-in
          </button>
        </div>
      )}
      <ConfirmDialog
        open={confirmDelete}
        title="Remove this check-in?"
        confirmLabel="Remove it"
        danger
        busy={deleting}
        onConfirm={remove}
        onCancel={() => setConfirmDelete(false)}
      >
        <p>
          The check-in for {formatDayLong(day)} will be removed, including its note. Insights will stop counting it. You
          can check in for this day again later.
        </p>
      </ConfirmDialog>
    </form>
  );
}

function AfterSex({
  form,
  setForm,
  options,
  error,
}: {
  form: CheckinForm;
  setForm: (f: CheckinForm) => void;
  options: { id: string; label: string }[];
  error: string | null;
}) {
  return (
    <fieldset class="after-sex">
      <legend>Afterwards, did you feel…</legend>
      <p class="hint">
        <Icon name="lock" size={16} /> Private and optional. You can leave it blank or change it later.
      </p>
      <div class="options options-row">
        {options.map((o) => (
          <label class="option">
            <input
              type="radio"
              name="after_sex"
              value={o.id}
              checked={form.afterSex === o.id}
              onChange={() => setForm({ ...form, afterSex: o.id })}
            />
            <span class="option-face">{o.label}</span>
          </label>
        ))}
      </div>
      {form.afterSex && (
        <button type="button" class="btn btn-ghost btn-small" onClick={() => setForm({ ...form, afterSex: null })}>
          Clear this answer
        </button>
      )}
      {error && (
        <p class="field-error">
          <Icon name="alert" size={18} /> {error}
        </p>
      )}
    </fieldset>
  );
}
