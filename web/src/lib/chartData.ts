// Shapes API data for the charts, and the same numbers as words for people who don't see them.
import type { Checkin, KindId, KindScore, ProfileResult } from '../api/types';
import { KIND_ORDER } from './kinds';
import { addDays, daysBetween, type Day } from './dates';

export interface Series {
  labels: Day[];
  values: (number | null)[];
  /** A gentle 7-day average over the days that have a check-in (null when none in the window). */
  average: (number | null)[];
  checkedInDays: number;
}

/** One point per calendar day from `from` to `to`; days without a check-in are null (a gap). */
export function closenessSeries(checkins: readonly Checkin[], from: Day, to: Day, window = 7): Series {
  const n = daysBetween(from, to) + 1;
  const byDay = new Map(checkins.map((c) => [c.day, c.closeness]));
  const labels: Day[] = [];
  const values: (number | null)[] = [];
  for (let i = 0; i < Math.max(0, n); i++) {
    const d = addDays(from, i);
    labels.push(d);
    values.push(byDay.has(d) ? byDay.get(d)! : null);
  }
  const average = values.map((_, i) => {
    let sum = 0;
    let count = 0;
    for (let j = Math.max(0, i - window + 1); j <= i; j++) {
      const v = values[j];
      if (v !== null) {
        sum += v;
        count++;
      }
    }
    return count ? Math.round((sum / count) * 10) / 10 : null;
  });
  return { labels, values, average, checkedInDays: values.filter((v) => v !== null).length };
}

export function describeCloseness(series: Series): string {
  const vs = series.values.filter((v): v is number => v !== null);
  if (!vs.length) return 'No check-ins in this period yet.';
  const mean = Math.round((vs.reduce((a, b) => a + b, 0) / vs.length) * 10) / 10;
  const min = Math.min(...vs);
  const max = Math.max(...vs);
  const days = vs.length === 1 ? '1 day' : `${vs.length} days`;
  return `Felt closeness on ${days} with a check-in: average ${mean} out of 7, lowest ${min}, highest ${max}.`;
}

export interface RadarShape {
  kinds: KindId[];
  have: (number | null)[];
  want: (number | null)[];
}

/** Profile scores in the standard kind order; unscored kinds become null (a gap, never a 0). */
export function radarShape(result: ProfileResult): RadarShape {
  const byKind = new Map<KindId, KindScore>(result.kinds.map((k) => [k.kind, k]));
  const kinds = KIND_ORDER.filter((k) => byKind.has(k));
  const val = (k: KindId, key: 'have' | 'want') => {
    const s = byKind.get(k)!;
    return s.scored && typeof s[key] === 'number' ? (s[key] as number) : null;
  };
  return {
    kinds,
    have: kinds.map((k) => val(k, 'have')),
    want: kinds.map((k) => val(k, 'want')),
  };
}

/** "Would like more", "About right", "Would like less" — never a judgement of the amount. */
export function gapWords(score: KindScore): string {
  if (!score.scored || score.have === null || score.want === null) return 'Not enough answers yet';
  const gap = score.gap ?? score.want - score.have;
  if (Math.abs(gap) < 10) return 'About as you’d like it';
  return gap > 0 ? `You’d like more (${gap} points)` : `You’d like less (${-gap} points)`;
}

/** Difference between two takes, per kind, for retakes ("have" moved by +12). */
export function changeBetween(before: ProfileResult, after: ProfileResult): { kind: KindId; have: number | null; want: number | null }[] {
  const b = new Map(before.kinds.map((k) => [k.kind, k]));
  return KIND_ORDER.filter((k) => b.has(k) && after.kinds.some((a) => a.kind === k)).map((k) => {
    const x = b.get(k)!;
    const y = after.kinds.find((a) => a.kind === k)!;
    const d = (p: number | null, q: number | null) => (p === null || q === null ? null : q - p);
    return { kind: k, have: d(x.have, y.have), want: d(x.want, y.want) };
  });
}
