// The intimacy profile as a sequence of steps, one question per screen. Each kind item is
// answered twice ("how it is" and "how I'd like it"); each closeness-comfort item once.
import type { ProfileAnswers, ProfileItems, KindId } from '../api/types';
import { kindRank } from './kinds';

export type Step =
  | { type: 'item'; id: string; kind: KindId; text: string }
  | { type: 'comfort'; id: string; text: string };

export function buildSteps(items: ProfileItems): Step[] {
  // Kind items keep the server's order within a kind, kinds in the standard order, so the
  // questions flow from one kind to the next instead of jumping around.
  const kindItems = items.items
    .map((it, i) => ({ it, i }))
    .sort((a, b) => kindRank(a.it.kind) - kindRank(b.it.kind) || a.i - b.i)
    .map(({ it }): Step => ({ type: 'item', id: it.id, kind: it.kind, text: it.text }));
  const comfort = items.comfort_items.map((c): Step => ({ type: 'comfort', id: c.id, text: c.text }));
  return [...kindItems, ...comfort];
}

export function emptyAnswers(): ProfileAnswers {
  return { have: {}, want: {}, comfort: {} };
}

export function isAnswered(step: Step, a: ProfileAnswers): boolean {
  if (step.type === 'comfort') return a.comfort[step.id] !== undefined;
  return a.have[step.id] !== undefined && a.want[step.id] !== undefined;
}

export function answeredCount(steps: readonly Step[], a: ProfileAnswers): number {
  return steps.filter((s) => isAnswered(s, a)).length;
}

/** Where to resume: the first step not fully answered (or the last step when all are). */
export function resumeIndex(steps: readonly Step[], a: ProfileAnswers): number {
  const i = steps.findIndex((s) => !isAnswered(s, a));
  return i < 0 ? Math.max(0, steps.length - 1) : i;
}

/** Keeps only answers to items that still exist and values on the scale (a draft may be old). */
export function cleanAnswers(steps: readonly Step[], a: Partial<ProfileAnswers> | null | undefined, min: number, max: number): ProfileAnswers {
  const out = emptyAnswers();
  if (!a) return out;
  const ok = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
  for (const s of steps) {
    if (s.type === 'item') {
      if (ok(a.have?.[s.id])) out.have[s.id] = a.have![s.id];
      if (ok(a.want?.[s.id])) out.want[s.id] = a.want![s.id];
    } else if (ok(a.comfort?.[s.id])) {
      out.comfort[s.id] = a.comfort![s.id];
    }
  }
  return out;
}

export function setAnswer(a: ProfileAnswers, part: 'have' | 'want' | 'comfort', id: string, value: number): ProfileAnswers {
  return { ...a, [part]: { ...a[part], [id]: value } };
}

/** Kinds where fewer than 80% of items have both answers: they won't get a score yet. */
export function underAnsweredKinds(steps: readonly Step[], a: ProfileAnswers): KindId[] {
  const total = new Map<KindId, number>();
  const done = new Map<KindId, number>();
  for (const s of steps) {
    if (s.type !== 'item') continue;
    total.set(s.kind, (total.get(s.kind) ?? 0) + 1);
    if (isAnswered(s, a)) done.set(s.kind, (done.get(s.kind) ?? 0) + 1);
  }
  return [...total.keys()].filter((k) => (done.get(k) ?? 0) < 0.8 * total.get(k)!);
}
