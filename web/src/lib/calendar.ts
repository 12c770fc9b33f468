// Calendar shaping for the history page: month grids and moments grouped by kind per day.
import type { Checkin, KindId, MomentDef } from '../api/types';
import { KIND_ORDER } from './kinds';
import { dayFromParts, daysInMonth, weekdayIndex, type Day } from './dates';

export interface DaySummary {
  day: Day;
  closeness: number;
  /** How many of the day's moments touch each kind (a moment can touch two kinds). */
  kinds: Partial<Record<KindId, number>>;
  momentCount: number;
}

/** Kinds of a day in the standard order, only those present. */
export function kindsOf(summary: DaySummary): KindId[] {
  return KIND_ORDER.filter((k) => (summary.kinds[k] ?? 0) > 0);
}

export function summariseDay(checkin: Checkin, moments: ReadonlyMap<string, MomentDef>): DaySummary {
  const kinds: Partial<Record<KindId, number>> = {};
  let momentCount = 0;
  for (const id of new Set(checkin.moments)) {
    const def = moments.get(id);
    if (!def) continue; // an id this version of the app doesn't know: count nothing rather than guess
    momentCount++;
    for (const k of new Set(def.kinds)) kinds[k] = (kinds[k] ?? 0) + 1;
  }
  return { day: checkin.day, closeness: checkin.closeness, kinds, momentCount };
}

export function summariseDays(checkins: readonly Checkin[], moments: readonly MomentDef[]): Map<Day, DaySummary> {
  const byId = new Map(moments.map((m) => [m.id, m]));
  const out = new Map<Day, DaySummary>();
  for (const c of checkins) out.set(c.day, summariseDay(c, byId));
  return out;
}

/** Weeks (Monday first) of a month; cells outside the month are null. */
export function monthGrid(month: string): (Day | null)[][] {
  const [y, m] = month.split('-').map(Number);
  const first = dayFromParts(y, m, 1);
  const lead = weekdayIndex(first);
  const cells: (Day | null)[] = Array(lead).fill(null);
  const n = daysInMonth(month);
  for (let d = 1; d <= n; d++) cells.push(dayFromParts(y, m, d));
  while (cells.length % 7) cells.push(null);
  const weeks: (Day | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/** Per kind: on how many days of the month did it show up? */
export function kindDayCounts(summaries: Iterable<DaySummary>, month: string): Record<KindId, number> {
  const counts = Object.fromEntries(KIND_ORDER.map((k) => [k, 0])) as Record<KindId, number>;
  for (const s of summaries) {
    if (!s.day.startsWith(month + '-')) continue;
    for (const k of kindsOf(s)) counts[k]++;
  }
  return counts;
}

/** Groups a day's moment ids by their first kind, in kind order, for the day detail list. */
export function groupMomentsByKind(
  ids: readonly string[],
  moments: readonly MomentDef[],
): { kind: KindId; moments: MomentDef[] }[] {
  const byId = new Map(moments.map((m) => [m.id, m]));
  const groups = new Map<KindId, MomentDef[]>();
  for (const id of ids) {
    const def = byId.get(id);
    if (!def || def.kinds.length === 0) continue;
    const k = def.kinds[0];
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k)!.push(def);
  }
  return KIND_ORDER.filter((k) => groups.has(k)).map((k) => ({ kind: k, moments: groups.get(k)! }));
}
