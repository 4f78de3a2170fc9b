/** Longest period a figures, export or report query may cover, in days (a leap year). */
export const STATS_MAX_PERIOD_DAYS = 366;

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Days since 1970-01-01 for a real calendar date `YYYY-MM-DD`, or null. */
export function dayNumber(date: string): number | null {
  const m = LOCAL_DATE.exec(date);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) {
    return null;
  }
  return t / DAY_MS;
}

export function dateOfDayNumber(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const n = dayNumber(date);
  if (n === null) throw new Error(`not a date: ${date}`);
  return dateOfDayNumber(n + days);
}

/** Every date from `from` to `to`, both included. */
export function datesBetween(from: string, to: string): string[] {
  const a = dayNumber(from);
  const b = dayNumber(to);
  if (a === null || b === null) return [];
  return Array.from({ length: Math.max(0, b - a + 1) }, (_, i) => dateOfDayNumber(a + i));
}

export interface DatePeriod {
  from: string;
  to: string;
  days: number;
}

export type PeriodCheck =
  { ok: true; period: DatePeriod } | { ok: false; field: 'from' | 'to'; message: string };

/** A figures period: two real dates, `from` ≤ `to`, at most STATS_MAX_PERIOD_DAYS long. */
export function checkPeriod(from: unknown, to: unknown): PeriodCheck {
  if (typeof from !== 'string' || from === '') {
    return { ok: false, field: 'from', message: 'from is required (YYYY-MM-DD)' };
  }
  const a = dayNumber(from);
  if (a === null) return { ok: false, field: 'from', message: 'from must be a date YYYY-MM-DD' };
  if (typeof to !== 'string' || to === '') {
    return { ok: false, field: 'to', message: 'to is required (YYYY-MM-DD)' };
  }
  const b = dayNumber(to);
  if (b === null) return { ok: false, field: 'to', message: 'to must be a date YYYY-MM-DD' };
  if (b < a) return { ok: false, field: 'to', message: 'to must not be before from' };
  if (b - a + 1 > STATS_MAX_PERIOD_DAYS) {
    return {
      ok: false,
      field: 'to',
      message: `a period covers at most ${STATS_MAX_PERIOD_DAYS} days`,
    };
  }
  return { ok: true, period: { from, to, days: b - a + 1 } };
}

/** The period of equal length that ends the day before `period` starts. */
export function previousPeriod(period: DatePeriod): DatePeriod {
  return {
    from: addDays(period.from, -period.days),
    to: addDays(period.from, -1),
    days: period.days,
  };
}
