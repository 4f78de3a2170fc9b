import {
  CONTENT_LIMITS,
  WEEKDAYS,
  WEEKDAY_LABELS,
  isValidLocalDate,
  parseHhmm,
  type OpeningHours,
  type Weekday,
} from '@xinghuo/shared';

export type Range = [string, string];

/**
 * The opening-hours editor's state: whether the venue keeps hours at all (off: open at any
 * time, `null` on the server) and each weekday's ranges (none: closed that day).
 */
export interface HoursDraft {
  limited: boolean;
  days: Record<Weekday, Range[]>;
}

const emptyDays = (): Record<Weekday, Range[]> =>
  Object.fromEntries(WEEKDAYS.map((d) => [d, []])) as unknown as Record<Weekday, Range[]>;

export function hoursDraft(hours: OpeningHours | null): HoursDraft {
  const days = emptyDays();
  for (const d of WEEKDAYS) days[d] = (hours?.[d] ?? []).map(([a, b]) => [a, b]);
  return { limited: hours !== null, days };
}

/** What the server stores: null when unlimited; days without ranges are left out (closed). */
export function hoursFromDraft(draft: HoursDraft): OpeningHours | null {
  if (!draft.limited) return null;
  const out: OpeningHours = {};
  for (const d of WEEKDAYS) if (draft.days[d].length > 0) out[d] = draft.days[d];
  return out;
}

/** A new range after the day's last one: 09:00–17:00 on an empty day, else the afternoon. */
export function addRange(draft: HoursDraft, day: Weekday): HoursDraft {
  const ranges = draft.days[day];
  if (ranges.length >= CONTENT_LIMITS.rangesPerDay) return draft;
  const next: Range = ranges.length === 0 ? ['09:00', '17:00'] : ['14:00', '17:00'];
  return { ...draft, days: { ...draft.days, [day]: [...ranges, next] } };
}

export function setRange(draft: HoursDraft, day: Weekday, index: number, range: Range): HoursDraft {
  const ranges = draft.days[day].map((r, i) => (i === index ? range : r));
  return { ...draft, days: { ...draft.days, [day]: ranges } };
}

export function removeRange(draft: HoursDraft, day: Weekday, index: number): HoursDraft {
  const ranges = draft.days[day].filter((_, i) => i !== index);
  return { ...draft, days: { ...draft.days, [day]: ranges } };
}

/** Copies one day's ranges to the working days (周一至周五) or to every day. */
export function copyDay(draft: HoursDraft, from: Weekday, to: 'weekdays' | 'all'): HoursDraft {
  const targets = to === 'all' ? WEEKDAYS : WEEKDAYS.slice(0, 5);
  const days = { ...draft.days };
  for (const d of targets) days[d] = draft.days[from].map(([a, b]) => [a, b]);
  return { ...draft, days };
}

/** What is wrong with each day, in Chinese; an empty object when the hours can be saved. */
export function hoursProblems(draft: HoursDraft): Partial<Record<Weekday, string>> {
  const problems: Partial<Record<Weekday, string>> = {};
  if (!draft.limited) return problems;
  for (const d of WEEKDAYS) {
    const ranges = draft.days[d];
    const label = WEEKDAY_LABELS[d];
    if (ranges.length > CONTENT_LIMITS.rangesPerDay) {
      problems[d] = `${label}最多 ${CONTENT_LIMITS.rangesPerDay} 个时段`;
      continue;
    }
    const minutes = ranges.map(([a, b]) => [parseHhmm(a), parseHhmm(b)] as const);
    if (minutes.some(([a, b]) => a === null || b === null)) {
      problems[d] = `${label}的时间格式应为 时:分，如 09:00`;
    } else if (minutes.some(([a, b]) => (b as number) <= (a as number))) {
      problems[d] = `${label}的结束时间须晚于开始时间`;
    } else {
      const sorted = [...minutes].sort((x, y) => (x[0] as number) - (y[0] as number));
      if (sorted.some((r, i) => i > 0 && (r[0] as number) < (sorted[i - 1]?.[1] as number))) {
        problems[d] = `${label}的时段有重叠`;
      }
    }
  }
  return problems;
}

/** Closed dates kept sorted and unique; a bad or repeated date is refused with the reason. */
export function addClosedDate(
  dates: readonly string[],
  date: string,
): { dates: string[]; problem: string | null } {
  if (!isValidLocalDate(date)) return { dates: [...dates], problem: '日期格式应为 2025-10-01' };
  if (dates.includes(date)) return { dates: [...dates], problem: '该日期已在闭馆日中' };
  if (dates.length >= CONTENT_LIMITS.closedDates) {
    return { dates: [...dates], problem: `闭馆日最多 ${CONTENT_LIMITS.closedDates} 个` };
  }
  return { dates: [...dates, date].sort(), problem: null };
}
