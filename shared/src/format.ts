import type { CheckInRejectionCode } from './errors';

/**
 * Numbers and dates the way a Chinese report writes them. Reports, exports and the dashboard all
 * format through these, so a figure reads the same wherever it appears.
 */

const WAN = 10_000;
const YI = 100_000_000;

/** An exact count with thousands separators: 123,456. For tables, where columns are compared. */
export function formatInteger(n: number): string {
  // By hand: toLocaleString depends on the JS engine's Intl data, which some WeChat engines lack.
  const digits = String(Math.abs(Math.round(n)));
  return (n < 0 && Math.round(n) !== 0 ? '-' : '') + digits.replace(/\B(?=(\d{3})+$)/g, ',');
}

/**
 * A count for reading: exact below 10,000 (8,765), then in 万 (1.23万, 12.35万, 123.5万, 1235万) and
 * 亿 (1.23亿), keeping three or four significant figures and no trailing zeros.
 */
export function formatCount(n: number): string {
  const sign = n < 0 ? '-' : '';
  const abs = Math.abs(n);
  if (abs < WAN) return sign + formatInteger(abs);
  const wan = abs / WAN;
  const wanText = trimZeros(wan.toFixed(decimalsFor(wan)));
  if (Number(wanText) < WAN) return `${sign}${wanText}万`;
  const yi = abs / YI;
  return `${sign}${trimZeros(yi.toFixed(decimalsFor(yi)))}亿`;
}

function decimalsFor(scaled: number): number {
  if (scaled < 100) return 2;
  if (scaled < 1000) return 1;
  return 0;
}

function trimZeros(fixed: string): string {
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}

/** A ratio as a percentage: 0.1234 → 12.3%. Not a number (0 of 0) reads as a dash. */
export function formatPercent(ratio: number, digits = 1): string {
  if (!Number.isFinite(ratio)) return '—';
  return `${trimZeros((ratio * 100).toFixed(digits))}%`;
}

/** The change from the previous figure, or null when there is nothing to compare with. */
export function relativeChange(current: number, previous: number): number | null {
  if (previous <= 0) return null;
  return (current - previous) / previous;
}

/** 增长12.3% / 下降5% / 持平, or null when the previous figure is zero. */
export function formatChange(current: number, previous: number): string | null {
  const change = relativeChange(current, previous);
  if (change === null) return null;
  const text = formatPercent(Math.abs(change));
  if (text === '0%') return '持平';
  return `${change > 0 ? '增长' : '下降'}${text}`;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function dateParts(date: string): [number, number, number] {
  const m = ISO_DATE.exec(date);
  if (!m) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** '2025-09-01' → 2025年9月1日. Takes the local calendar date, never an instant, to avoid zone slips. */
export function formatDate(date: string): string {
  const [y, m, d] = dateParts(date);
  return `${y}年${m}月${d}日`;
}

/** '2025-09-01' → 9月1日, for chart axes and sentences within one year. */
export function formatMonthDay(date: string): string {
  const [, m, d] = dateParts(date);
  return `${m}月${d}日`;
}

/** 2025年9月1日至9月30日; the year is repeated only when it changes; one day reads as that day. */
export function formatDateRange(from: string, to: string): string {
  if (from === to) return formatDate(from);
  const [fy] = dateParts(from);
  const [ty] = dateParts(to);
  return `${formatDate(from)}至${fy === ty ? formatMonthDay(to) : formatDate(to)}`;
}

/** Weekday of a calendar date: 周一 … 周日. */
export function formatWeekday(date: string): string {
  const [y, m, d] = dateParts(date);
  return `周${'日一二三四五六'[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]}`;
}

/** An hour of the day as a range: 14 → 14:00–15:00. */
export function formatHourRange(hour: number): string {
  const pad = (h: number) => `${String(h).padStart(2, '0')}:00`;
  return `${pad(hour)}–${pad(hour + 1)}`;
}

/** 38分钟, 1小时25分钟, 2小时. */
export function formatMinutes(minutes: number): string {
  const total = Math.round(minutes);
  if (total < 60) return `${total}分钟`;
  const h = Math.floor(total / 60);
  const m = total % 60;
  return m === 0 ? `${h}小时` : `${h}小时${m}分钟`;
}

/** Short names for why a scan was refused, for figures (the visitor-facing hints are longer). */
export const REJECTION_REASON_LABELS: Record<CheckInRejectionCode, string> = {
  QR_INVALID: '无效二维码',
  QR_EXPIRED: '二维码过期',
  QR_REVOKED: '二维码已停用',
  CHECKPOINT_INACTIVE: '打卡点未开放',
  OUTSIDE_CAMPAIGN: '不在活动期内',
  VENUE_CLOSED: '场馆未开放',
  LOCATION_REQUIRED: '未提供位置',
  OUT_OF_GEOFENCE: '不在场馆范围',
  SCAN_TIME_INVALID: '扫码时间无效',
};
