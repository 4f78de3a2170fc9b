import { WEEKDAYS, type OpeningHours, type Weekday, WEEKDAY_LABELS } from './domain';

export interface LocalTime {
  /** YYYY-MM-DD in the zone. */
  date: string;
  hour: number;
  minute: number;
  weekday: Weekday;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      weekday: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

const lastMinute = new Map<string, { minute: number; value: LocalTime }>();

/**
 * Wall-clock parts of an instant in a time zone. Zones change offset only on whole minutes, so
 * every instant of a minute shares its parts; the last minute asked for is kept per zone, since
 * check-ins arrive in bursts for the current one and Intl formatting is slow.
 */
export function localTime(at: Date, timeZone: string): LocalTime {
  const minute = Math.floor(at.getTime() / 60_000);
  const last = lastMinute.get(timeZone);
  if (last && last.minute === minute) return last.value;
  const parts: Record<string, string> = {};
  for (const p of formatterFor(timeZone).formatToParts(at)) parts[p.type] = p.value;
  const weekday = (parts.weekday ?? 'Mon').toLowerCase().slice(0, 3) as Weekday;
  const value: LocalTime = Object.freeze({
    date: `${parts.year}-${parts.month}-${parts.day}`,
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    weekday,
  });
  lastMinute.set(timeZone, { minute, value });
  return value;
}

const HHMM = /^([01]\d|2[0-4]):([0-5]\d)$/;

export function parseHhmm(value: string): number | null {
  const m = HHMM.exec(value);
  if (!m) return null;
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  return minutes <= 24 * 60 ? minutes : null;
}

/** Every weekday key known and every range "HH:MM" with start before end. */
export function isValidOpeningHours(value: unknown): value is OpeningHours {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  for (const [day, ranges] of Object.entries(value)) {
    if (!(WEEKDAYS as readonly string[]).includes(day) || !Array.isArray(ranges)) return false;
    for (const range of ranges as unknown[]) {
      if (!Array.isArray(range) || range.length !== 2) return false;
      const [from, to] = range as unknown[];
      if (typeof from !== 'string' || typeof to !== 'string') return false;
      const a = parseHhmm(from);
      const b = parseHhmm(to);
      if (a === null || b === null || a >= b) return false;
    }
  }
  return true;
}

/** Null opening hours mean the venue sets none: always open. */
export function isOpenAt(hours: OpeningHours | null, at: Date, timeZone: string): boolean {
  if (!hours) return true;
  const t = localTime(at, timeZone);
  const minutes = t.hour * 60 + t.minute;
  return (hours[t.weekday] ?? []).some(([from, to]) => {
    const a = parseHhmm(from);
    const b = parseHhmm(to);
    return a !== null && b !== null && minutes >= a && minutes < b;
  });
}

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day written YYYY-MM-DD (no 2025-02-30). */
export function isValidLocalDate(value: string): boolean {
  const m = LOCAL_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

/**
 * Whether an instant falls on one of the venue's closed days, read in the venue's zone: a
 * closed day overrides its weekday's hours, so check-ins that local day are refused.
 */
export function isClosedDate(
  closedDates: readonly string[] | null | undefined,
  at: Date,
  timeZone: string,
): boolean {
  if (!closedDates || closedDates.length === 0) return false;
  return closedDates.includes(localTime(at, timeZone).date);
}

/** "09:00–17:00" for one day, "休息" when closed, "全天开放" without hours. */
export function formatDayHours(hours: OpeningHours | null, day: Weekday): string {
  if (!hours) return '全天开放';
  const ranges = hours[day] ?? [];
  if (ranges.length === 0) return '休息';
  return ranges.map(([a, b]) => `${a}–${b}`).join('，');
}

/** A one-line summary grouping consecutive days with the same hours, e.g. "周二至周日 09:00–17:00；周一 休息". */
export function formatOpeningHours(hours: OpeningHours | null): string {
  if (!hours) return '全天开放';
  const groups: Array<{ from: Weekday; to: Weekday; text: string }> = [];
  for (const day of WEEKDAYS) {
    const text = formatDayHours(hours, day);
    const last = groups[groups.length - 1];
    if (last && last.text === text) last.to = day;
    else groups.push({ from: day, to: day, text });
  }
  return groups
    .map((g) =>
      g.from === g.to
        ? `${WEEKDAY_LABELS[g.from]} ${g.text}`
        : `${WEEKDAY_LABELS[g.from]}至${WEEKDAY_LABELS[g.to]} ${g.text}`,
    )
    .join('；');
}

/**
 * The period a stamp counts for: one per local day, or one for the whole campaign.
 * Stamps are unique per (visitor, checkpoint, campaign, period).
 */
export function stampPeriodKey(
  rule: 'per_day' | 'per_campaign',
  at: Date,
  timeZone: string,
): string {
  return rule === 'per_day' ? localTime(at, timeZone).date : 'campaign';
}
