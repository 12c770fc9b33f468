// The check-in form as plain data, and the rules that keep it consistent with the API:
// - the after-sex question exists only while a sex moment is ticked (unticking forgets the answer);
// - the catalogue's "conflict" moment follows the conflict question, so the two never disagree.
import type { Catalogue, Checkin, CheckinInput, ConflictState, KindId, MomentDef } from '../api/types';
import { KIND_ORDER } from './kinds';

export interface CheckinForm {
  moments: string[];
  closeness: number | null;
  feelings: string[];
  conflict: ConflictState;
  afterSex: string | null;
  note: string;
  /** Let the partner read this check-in's note (never in bulk: one check-in at a time). */
  shareNote?: boolean;
}

export const EMPTY_FORM: CheckinForm = {
  moments: [],
  closeness: null,
  feelings: [],
  conflict: 'none',
  afterSex: null,
  note: '',
};

export function isSexMoment(m: MomentDef): boolean {
  return m.is_sex ?? m.id === 'sex';
}

export function isConflictMoment(m: MomentDef): boolean {
  return m.is_conflict ?? m.id === 'conflict';
}

export function hasSex(form: CheckinForm, moments: readonly MomentDef[]): boolean {
  return moments.some((m) => isSexMoment(m) && form.moments.includes(m.id));
}

export function toggle(list: readonly string[], id: string): string[] {
  return list.includes(id) ? list.filter((x) => x !== id) : [...list, id];
}

export function toggleMoment(form: CheckinForm, id: string, moments: readonly MomentDef[]): CheckinForm {
  const next = { ...form, moments: toggle(form.moments, id) };
  if (!hasSex(next, moments)) next.afterSex = null;
  return next;
}

export function setConflict(form: CheckinForm, conflict: ConflictState, moments: readonly MomentDef[]): CheckinForm {
  const conflictIds = moments.filter(isConflictMoment).map((m) => m.id);
  let list = form.moments.filter((id) => !conflictIds.includes(id));
  if (conflict !== 'none' && conflictIds.length) list = [...list, conflictIds[0]];
  return { ...form, conflict, moments: list };
}

export function formFromCheckin(c: Checkin): CheckinForm {
  return {
    moments: [...c.moments],
    closeness: c.closeness,
    feelings: [...c.feelings],
    conflict: c.conflict,
    afterSex: c.after_sex ?? null,
    note: c.note ?? '',
    shareNote: !!c.share_note,
  };
}

export function sameForm(a: CheckinForm, b: CheckinForm): boolean {
  const set = (x: string[]) => [...x].sort().join('\u0000');
  return (
    set(a.moments) === set(b.moments) &&
    a.closeness === b.closeness &&
    set(a.feelings) === set(b.feelings) &&
    a.conflict === b.conflict &&
    a.afterSex === b.afterSex &&
    a.note === b.note &&
    !!a.shareNote === !!b.shareNote
  );
}

/** The request body, or the field and words to show when something required is missing. */
export function toInput(
  form: CheckinForm,
  moments: readonly MomentDef[],
): { input: CheckinInput } | { field: string; message: string } {
  if (form.closeness === null) {
    return { field: 'closeness', message: 'Choose how close you felt today, from 1 to 7. It’s the one thing a check-in needs.' };
  }
  const input: CheckinInput = {
    moments: [...new Set(form.moments)],
    closeness: form.closeness,
    feelings: [...new Set(form.feelings)],
    conflict: form.conflict,
  };
  if (form.afterSex && hasSex(form, moments)) input.after_sex = form.afterSex;
  if (form.note.trim()) input.note = form.note;
  if (form.shareNote && form.note.trim()) input.share_note = true;
  return { input };
}

/** Moments grouped by their first kind, in kind order; the conflict moment is asked separately. */
export function momentGroups(catalogue: Catalogue): { kind: KindId; moments: MomentDef[] }[] {
  const groups = new Map<KindId, MomentDef[]>();
  for (const m of catalogue.moments) {
    if (isConflictMoment(m) || m.kinds.length === 0) continue;
    const k = m.kinds[0];
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k)!.push(m);
  }
  return KIND_ORDER.filter((k) => groups.has(k)).map((kind) => ({ kind, moments: groups.get(kind)! }));
}
