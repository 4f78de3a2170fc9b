/**
 * Dates are shown in Beijing time whatever the phone's zone, like the campaign itself.
 * China has no daylight saving, so a fixed offset avoids Intl, which some mini-program
 * runtimes lack.
 */
const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;

interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

function beijingParts(input: string | Date): Parts | null {
  const t = typeof input === 'string' ? Date.parse(input) : input.getTime();
  if (Number.isNaN(t)) return null;
  const d = new Date(t + BEIJING_OFFSET_MS);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
  };
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** "2025年9月3日" */
export function formatDate(input: string | Date): string {
  const p = beijingParts(input);
  return p ? `${p.year}年${p.month}月${p.day}日` : '';
}

/** "9月3日" */
export function formatMonthDay(input: string | Date): string {
  const p = beijingParts(input);
  return p ? `${p.month}月${p.day}日` : '';
}

/** "9月3日 14:05" */
export function formatDateTime(input: string | Date): string {
  const p = beijingParts(input);
  return p ? `${p.month}月${p.day}日 ${pad(p.hour)}:${pad(p.minute)}` : '';
}

/** "9月1日至9月30日" (year added when the window spans years). */
export function formatDateRange(from: string, to: string): string {
  const a = beijingParts(from);
  const b = beijingParts(to);
  if (!a || !b) return '';
  if (a.year !== b.year) return `${formatDate(from)}至${formatDate(to)}`;
  return `${a.month}月${a.day}日至${b.month}月${b.day}日`;
}

/** Campaign end instants are usually midnight after the last day: show the last day instead. */
export function formatCampaignWindow(startsAt: string, endsAt: string): string {
  const end = Date.parse(endsAt);
  if (Number.isNaN(end)) return '';
  const p = beijingParts(new Date(end));
  const lastDay = p && p.hour === 0 && p.minute === 0 ? new Date(end - 1) : new Date(end);
  return formatDateRange(startsAt, lastDay.toISOString());
}

/** "约45分钟", "约1.5小时", "约2小时" */
export function formatDuration(minutes: number): string {
  if (!Number.isFinite(minutes) || minutes <= 0) return '';
  if (minutes < 60) return `约${Math.round(minutes)}分钟`;
  const hours = Math.round((minutes / 60) * 2) / 2;
  return `约${hours}小时`;
}

/** Days until an instant, counting Beijing calendar days; 0 when it is today or past. */
export function daysUntil(target: string, now: Date = new Date()): number {
  const a = beijingParts(now);
  const b = beijingParts(target);
  if (!a || !b) return 0;
  const dayA = Date.UTC(a.year, a.month - 1, a.day);
  const dayB = Date.UTC(b.year, b.month - 1, b.day);
  return Math.max(0, Math.round((dayB - dayA) / 86_400_000));
}

/** True when the stamp was scanned on the same Beijing day as `now`. */
export function isSameBeijingDay(a: string | Date, b: string | Date): boolean {
  const pa = beijingParts(a);
  const pb = beijingParts(b);
  return !!pa && !!pb && pa.year === pb.year && pa.month === pb.month && pa.day === pb.day;
}

/** Nicknames are shown as typed but bounded; empty means "not set". */
export function normalizeNickname(input: string): string | null {
  const trimmed = input.replace(/\s+/g, ' ').trim();
  if (!trimmed) return null;
  return Array.from(trimmed).slice(0, 20).join('');
}

const WEEKDAY_KEYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

/** Today's weekday key in Beijing, for highlighting today's opening hours. */
export function beijingWeekday(now: Date = new Date()): (typeof WEEKDAY_KEYS)[number] {
  const d = new Date(now.getTime() + BEIJING_OFFSET_MS);
  return WEEKDAY_KEYS[d.getUTCDay()] ?? 'mon';
}
