import {
  STATS_MAX_PERIOD_DAYS,
  addDays,
  dayNumber,
  formatDateRange,
  type CampaignDto,
} from '@xinghuo/shared';

/** The period choices above every figures page. */
export type RangePreset = 'today' | 'week' | 'campaign' | 'custom';

export const RANGE_PRESETS: ReadonlyArray<{ value: RangePreset; label: string }> = [
  { value: 'today', label: '今天' },
  { value: 'week', label: '近7天' },
  { value: 'campaign', label: '本次活动' },
  { value: 'custom', label: '自定义' },
];

export interface DateRange {
  from: string;
  to: string;
}

const BEIJING_MS = 8 * 3_600_000;
const pad = (n: number) => String(n).padStart(2, '0');

/** The calendar day in Beijing time (the venues' and the figures' day) of an instant. */
export function beijingDate(ms: number): string {
  return new Date(ms + BEIJING_MS).toISOString().slice(0, 10);
}

/** 15:04:05 in Beijing time: the "更新于" of a live screen, whatever the device's zone. */
export function beijingClock(ms: number): string {
  const d = new Date(ms + BEIJING_MS);
  return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/**
 * A campaign's window as calendar days: its first day to the day before it ends (campaigns end
 * at midnight), cut at today while it runs so the charts do not trail off into empty days.
 */
export function campaignRange(campaign: CampaignDto, today: string): DateRange {
  const from = beijingDate(Date.parse(campaign.startsAt));
  const last = beijingDate(Date.parse(campaign.endsAt) - 1);
  const to = from <= today && today < last ? today : last;
  return { from, to };
}

/** The days a preset covers; `campaign` without a campaign falls back to the last 7 days. */
export function presetRange(
  preset: Exclude<RangePreset, 'custom'>,
  today: string,
  campaign: CampaignDto | null,
): DateRange {
  if (preset === 'today') return { from: today, to: today };
  if (preset === 'campaign' && campaign) return campaignRange(campaign, today);
  return { from: addDays(today, -6), to: today };
}

/** A month chosen as `YYYY-MM`: its first to its last day. */
export function monthRange(month: string): DateRange | null {
  const from = `${month}-01`;
  if (dayNumber(from) === null) return null;
  const [y, m] = month.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${pad(m + 1)}-01`;
  return { from, to: addDays(next, -1) };
}

/** Why a custom range cannot be asked for, in Chinese, or null when it can. */
export function rangeProblem(range: DateRange): string | null {
  const a = dayNumber(range.from);
  const b = dayNumber(range.to);
  if (a === null || b === null) return '请选择开始和结束日期';
  if (b < a) return '结束日期不能早于开始日期';
  if (b - a + 1 > STATS_MAX_PERIOD_DAYS) return `一次最多查询${STATS_MAX_PERIOD_DAYS}天`;
  return null;
}

/** Days in a range, both ends included. */
export function rangeDays(range: DateRange): number {
  return (dayNumber(range.to) ?? 0) - (dayNumber(range.from) ?? 0) + 1;
}

/** 2025年9月1日至9月30日（30天）; a single day reads as that day. */
export function rangeLabel(range: DateRange): string {
  const days = rangeDays(range);
  const text = formatDateRange(range.from, range.to);
  return days > 1 ? `${text}（${days}天）` : text;
}

/** The preset a range read from a link stands for, so the choice shown matches the figures. */
export function presetOf(
  range: DateRange,
  today: string,
  campaign: CampaignDto | null,
): RangePreset {
  for (const preset of ['today', 'week', 'campaign'] as const) {
    if (preset === 'campaign' && !campaign) continue;
    const r = presetRange(preset, today, campaign);
    if (r.from === range.from && r.to === range.to) return preset;
  }
  return 'custom';
}
