// Calendar days as "YYYY-MM-DD" strings in the person's own time zone. Arithmetic is done in
// UTC on purpose, so daylight-saving changes never skip or repeat a day.

export type Day = string;

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isDay(value: string): boolean {
  const m = DAY_RE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

function pad(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

export function dayFromParts(year: number, month1: number, date: number): Day {
  const d = new Date(Date.UTC(year, month1 - 1, date));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** The local calendar day of a moment (default: now). */
export function localDay(now: Date = new Date()): Day {
  return dayFromParts(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

export function parseDay(day: Day): Date {
  const m = DAY_RE.exec(day);
  if (!m) throw new Error('not a day: ' + day);
  return new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
}

export function addDays(day: Day, n: number): Day {
  const d = parseDay(day);
  return dayFromParts(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate() + n);
}

export function daysBetween(from: Day, to: Day): number {
  return Math.round((parseDay(to).getTime() - parseDay(from).getTime()) / 86400000);
}

/** Monday = 0 … Sunday = 6. */
export function weekdayIndex(day: Day): number {
  return (parseDay(day).getUTCDay() + 6) % 7;
}

export function monthOf(day: Day): string {
  return day.slice(0, 7);
}

export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number);
  return dayFromParts(y, m + n, 1).slice(0, 7);
}

export function daysInMonth(month: string): number {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const fmtCache = new Map<string, Intl.DateTimeFormat>();
function fmt(key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let f = fmtCache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(undefined, { ...options, timeZone: 'UTC' });
    fmtCache.set(key, f);
  }
  return f;
}

/** "Tuesday 4 June" (locale-dependent order). */
export function formatDayLong(day: Day): string {
  return fmt('long', { weekday: 'long', day: 'numeric', month: 'long' }).format(parseDay(day));
}

/** "4 Jun" */
export function formatDayShort(day: Day): string {
  return fmt('short', { day: 'numeric', month: 'short' }).format(parseDay(day));
}

/** "4 Jun 2025" */
export function formatDayFull(day: Day): string {
  return fmt('full', { day: 'numeric', month: 'short', year: 'numeric' }).format(parseDay(day));
}

/** "June 2025" */
export function formatMonth(month: string): string {
  return fmt('month', { month: 'long', year: 'numeric' }).format(parseDay(month + '-01'));
}

/** A server timestamp (ISO-8601 UTC) in local words: "4 Jun 2025, 14:05". */
export function formatTimestamp(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(undefined, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(d);
}

/** The local day of a server timestamp. */
export function dayOfTimestamp(iso: string): Day {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso.slice(0, 10) : localDay(d);
}

export function relativeDayLabel(day: Day, today: Day): string {
  const diff = daysBetween(day, today);
  if (diff === 0) return 'Today';
  if (diff === 1) return 'Yesterday';
  return formatDayLong(day);
}
