// Pure logic for the consent pages: the words for a comparison (both levels, the gap named, no
// winner), the access log grouped into readable visits, ideas grouped by kind, and closeness
// series for two people on one chart.
import type { KindId } from '../api/types';
import type { AccessEntry, ComparisonKind, DesireAnswer, DesireIdea } from './consentApi';
import { addDays, dayOfTimestamp, daysBetween, formatDayLong, localDay, type Day } from './dates';
import { KIND_LABEL, KIND_ORDER } from './kinds';

/** The kind as it reads inside a sentence: "emotional closeness", "affectionate touch". */
export function kindPhrase(kind: KindId, label?: string): string {
  const l = (label ?? KIND_LABEL[kind]).trim();
  const lower = l.charAt(0).toLowerCase() + l.slice(1);
  return /touch|experiences|closeness|intimacy/i.test(lower) ? lower : lower + ' closeness';
}

/**
 * The difference in what each of you would like, in words. Never says who is "right" or who
 * wants "too much": only how far apart the hopes are.
 */
export function wantDifferenceWords(row: ComparisonKind, label?: string): string {
  const what = kindPhrase(row.kind, label);
  const d = row.want_difference ?? (row.you.want !== null && row.partner.want !== null ? Math.abs(row.you.want - row.partner.want) : null);
  if (d === null) return `There aren’t enough answers from both of you to compare hopes for ${what} yet.`;
  if (d === 0) return `You both hope for the same amount of ${what}.`;
  if (d < 10) return `Your hopes for ${what} are close: ${d} ${d === 1 ? 'point' : 'points'} apart.`;
  return `Your hopes for ${what} differ by ${d} points.`;
}

/** "35" or "Not answered" for a level that wasn't scored. */
export function levelText(value: number | null): string {
  return value === null ? 'Not answered' : String(value);
}

/** One person's two levels as a sentence, for screen readers and the text version. */
export function levelsSentence(who: string, levels: { have: number | null; want: number | null }): string {
  if (levels.have === null && levels.want === null) return `${who}: not answered yet.`;
  return `${who}: how it is ${levelText(levels.have)}, would like ${levelText(levels.want)}, out of 100.`;
}

export function comparisonInKindOrder(rows: readonly ComparisonKind[]): ComparisonKind[] {
  return KIND_ORDER.flatMap((k) => rows.filter((r) => r.kind === k));
}

// ---------- access log ----------

export const READ_WHAT: Record<string, string> = {
  profile: 'your profile results',
  closeness: 'your felt closeness',
  moments: 'your moments',
  insights: 'your insights',
  note: 'your note',
};

export interface AccessVisit {
  at: string;
  /** What was read, in a fixed order, each once. */
  what: string[];
  /** Days whose notes were read (oldest first). */
  noteDays: Day[];
}

const WHAT_ORDER = ['profile', 'closeness', 'moments', 'insights', 'note'];

/**
 * One page view by the partner writes several entries at the same second (one per part read).
 * Entries are grouped by their time to the second, newest first, each thing named once.
 */
export function groupAccessLog(entries: readonly AccessEntry[]): AccessVisit[] {
  const byAt = new Map<string, AccessVisit>();
  const order: string[] = [];
  for (const e of entries) {
    const key = e.at.slice(0, 19);
    let v = byAt.get(key);
    if (!v) {
      v = { at: e.at, what: [], noteDays: [] };
      byAt.set(key, v);
      order.push(key);
    }
    if (!v.what.includes(e.what)) v.what.push(e.what);
    if (e.what === 'note' && e.day && !v.noteDays.includes(e.day)) v.noteDays.push(e.day);
  }
  const rank = (w: string) => (WHAT_ORDER.indexOf(w) < 0 ? WHAT_ORDER.length : WHAT_ORDER.indexOf(w));
  const visits = order.map((k) => byAt.get(k)!);
  for (const v of visits) {
    v.what.sort((a, b) => rank(a) - rank(b));
    v.noteDays.sort();
  }
  return visits.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
}

export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return items.slice(0, -1).join(', ') + ' and ' + items[items.length - 1];
}

/** "your profile results, your moments and your notes from Monday 3 November and Tuesday 4 November" */
export function visitWords(v: AccessVisit, dayWords: (d: Day) => string = formatDayLong): string {
  const parts = v.what.map((w) => {
    if (w !== 'note') return READ_WHAT[w] ?? 'your ' + w.replace(/_/g, ' ');
    if (!v.noteDays.length) return 'a note';
    const days = listWords(v.noteDays.map(dayWords));
    return (v.noteDays.length === 1 ? 'your note from ' : 'your notes from ') + days;
  });
  return listWords(parts);
}

/** "Today at 14:05", "Yesterday at 09:10", "Monday 3 November at 18:30". */
export function whenWords(iso: string, now: Date = new Date(), timeFormat?: (d: Date) => string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const time = timeFormat
    ? timeFormat(d)
    : new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' }).format(d);
  const day = dayOfTimestamp(iso);
  const diff = daysBetween(day, localDay(now));
  const dayText = diff === 0 ? 'Today' : diff === 1 ? 'Yesterday' : formatDayLong(day);
  return `${dayText} at ${time}`;
}

// ---------- desires ----------

export const ANSWER_LABEL: Record<DesireAnswer, string> = {
  yes: 'Yes',
  maybe: 'Maybe',
  not_now: 'Not now',
  no: 'No',
};

export function groupIdeasByKind<T extends { kind: KindId }>(ideas: readonly T[]): { kind: KindId; ideas: T[] }[] {
  const groups = new Map<KindId, T[]>();
  for (const i of ideas) {
    if (!groups.has(i.kind)) groups.set(i.kind, []);
    groups.get(i.kind)!.push(i);
  }
  return KIND_ORDER.filter((k) => groups.has(k)).map((kind) => ({ kind, ideas: groups.get(kind)! }));
}

/** "4 of 11 answered" for a kind's summary line. */
export function answeredWords(ideas: readonly Pick<DesireIdea, 'answer'>[]): string {
  const n = ideas.filter((i) => i.answer !== null).length;
  return n === 0 ? `${ideas.length} ${ideas.length === 1 ? 'idea' : 'ideas'}, none answered yet` : `${n} of ${ideas.length} answered`;
}

// ---------- closeness for two ----------

export interface PairSeries {
  labels: Day[];
  mine: (number | null)[];
  partner: (number | null)[];
}

/** One point per day for each person; days without a check-in are gaps (null), never zero. */
export function pairSeries(
  mine: readonly { day: Day; closeness: number }[],
  partner: readonly { day: Day; closeness: number }[],
  from: Day,
  to: Day,
): PairSeries {
  const a = new Map(mine.map((c) => [c.day, c.closeness]));
  const b = new Map(partner.map((c) => [c.day, c.closeness]));
  const labels: Day[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) labels.push(d);
  return {
    labels,
    mine: labels.map((d) => a.get(d) ?? null),
    partner: labels.map((d) => b.get(d) ?? null),
  };
}

function summary(values: readonly (number | null)[]): { n: number; mean: number } | null {
  const vs = values.filter((v): v is number => v !== null);
  if (!vs.length) return null;
  return { n: vs.length, mean: Math.round((vs.reduce((x, y) => x + y, 0) / vs.length) * 10) / 10 };
}

/** The chart in words: each person's days and average, side by side, with no comparison verdict. */
export function describePair(s: PairSeries, includeMine: boolean): string {
  const one = (who: string, values: readonly (number | null)[]) => {
    const x = summary(values);
    if (!x) return `${who}: no check-ins in this period.`;
    return `${who}: ${x.n} ${x.n === 1 ? 'day' : 'days'} with a check-in, average ${x.mean} out of 7.`;
  };
  const parts = [one('Your partner', s.partner)];
  if (includeMine) parts.unshift(one('You', s.mine));
  return parts.join(' ');
}
