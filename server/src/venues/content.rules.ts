import {
  CONTENT_LIMITS,
  type GeoPoint,
  insideChina,
  isValidLocalDate,
  type OpeningHours,
  parseHhmm,
  type AuthoredScienceCard,
  WEEKDAYS,
} from '@xinghuo/shared';
import { ValidationError } from '../common/app-error';
import { ContentError } from './content.errors';

/** GCJ-02 points outside China are a typo or the wrong datum: refused, naming the field. */
export function checkLocation(point: GeoPoint, field = 'location'): void {
  if (!insideChina(point)) {
    throw new ContentError('LOCATION_OUTSIDE_CHINA', undefined, { field });
  }
}

/**
 * Each day: up to four ranges "HH:MM"–"HH:MM", each ending after it starts, not overlapping.
 * The first problem is named, e.g. `openingHours.mon[1]`.
 */
export function checkOpeningHours(hours: unknown, field = 'openingHours'): OpeningHours {
  if (typeof hours !== 'object' || hours === null || Array.isArray(hours)) {
    throw new ValidationError(field, `${field} must be an object of weekdays`);
  }
  for (const [day, ranges] of Object.entries(hours)) {
    if (!(WEEKDAYS as readonly string[]).includes(day)) {
      throw new ValidationError(`${field}.${day}`, `${day} is not a weekday (mon … sun)`);
    }
    if (!Array.isArray(ranges) || ranges.length > CONTENT_LIMITS.rangesPerDay) {
      throw new ValidationError(
        `${field}.${day}`,
        `${day} must be a list of at most ${CONTENT_LIMITS.rangesPerDay} ranges`,
      );
    }
    let lastEnd = -1;
    const parsed = (ranges as unknown[]).map((range, i) => {
      const at = `${field}.${day}[${i}]`;
      if (!Array.isArray(range) || range.length !== 2 || range.some((x) => typeof x !== 'string')) {
        throw new ValidationError(at, `${at} must be ["HH:MM", "HH:MM"]`);
      }
      const from = parseHhmm(range[0] as string);
      const to = parseHhmm(range[1] as string);
      if (from === null || to === null)
        throw new ValidationError(at, `${at} must be "HH:MM" times`);
      return { from, to, at };
    });
    for (const { from, to, at } of [...parsed].sort((a, b) => a.from - b.from)) {
      if (to <= from || from < lastEnd) {
        throw new ContentError('OPENING_HOURS_INVALID', undefined, { field: at });
      }
      lastEnd = to;
    }
  }
  return hours as OpeningHours;
}

/** Real days, without repeats, in order. */
export function checkClosedDates(dates: string[], field = 'closedDates'): string[] {
  dates.forEach((d, i) => {
    if (!isValidLocalDate(d)) throw new ValidationError(`${field}[${i}]`, `${d} is not a date`);
  });
  return [...new Set(dates)].sort();
}

/** The answer must be one of 2–6 distinct options. */
export function checkCard(card: AuthoredScienceCard, field = 'card'): AuthoredScienceCard {
  const q = card.question;
  if (!q) return card;
  const options = q.options.map((o) => o.trim());
  if (new Set(options).size !== options.length) {
    throw new ValidationError(`${field}.question.options`, 'options must differ from each other');
  }
  if (!Number.isInteger(q.answerIndex) || q.answerIndex < 0 || q.answerIndex >= options.length) {
    throw new ContentError('ANSWER_NOT_AMONG_OPTIONS', undefined, {
      field: `${field}.question.answerIndex`,
    });
  }
  return { ...card, question: { ...q, options } };
}
