import {
  AUDIENCE_GROUP_LABELS,
  formatChange,
  formatCount,
  formatDateRange,
  formatHourRange,
  formatMonthDay,
  formatPercent,
  formatWeekday,
} from '@xinghuo/shared';
import type { ActivityReportData, ApproximateFigure } from './activity-report.types';

/** Every audience group but 其他: the key groups of the national science-literacy programme. */
const KEY_GROUPS = ['teenager', 'farmer', 'industrial_worker', 'elderly', 'official'] as const;

/** 约 before a figure the stats side estimated. */
export function approx(data: ActivityReportData, figure: ApproximateFigure): string {
  return data.approximate.includes(figure) ? '约' : '';
}

/** The largest item by a measure; the first of equals wins, so the order given breaks ties. */
function largest<T>(items: readonly T[], measure: (item: T) => number): T | undefined {
  let best: T | undefined;
  for (const item of items) if (best === undefined || measure(item) > measure(best)) best = item;
  return best;
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** The report's 活动亮点: plain Chinese sentences written from the figures, most general first. */
export function highlights(data: ActivityReportData): string[] {
  const { figures, region } = data;
  const dates = formatDateRange(data.period.from, data.period.to);
  if (figures.checkIns === 0) return [`${dates}，${region.name}暂无打卡记录。`];

  const visitors = `${approx(data, 'visitors')}${formatCount(figures.visitors)}`;
  const out = [
    `${dates}，${region.name}共有${formatCount(figures.activeVenues)}个场馆参与活动，累计打卡${formatCount(figures.checkIns)}人次，服务访客${visitors}人。`,
  ];

  const compared = comparison(data);
  if (compared) out.push(compared);

  const busiest = largest(data.daily, (d) => d.checkIns);
  if (busiest && data.daily.length > 1) {
    const average = figures.checkIns / data.daily.length;
    out.push(
      `打卡最多的一天是${formatMonthDay(busiest.date)}（${formatWeekday(busiest.date)}），当日${formatCount(busiest.checkIns)}人次，是日均的${(busiest.checkIns / average).toFixed(1)}倍。`,
    );
  }

  const hour = largest(data.hourly, (h) => h.checkIns);
  if (hour && hour.checkIns > 0) {
    out.push(
      `一天之中${formatHourRange(hour.hour)}打卡最为集中，占全天的${formatPercent(hour.checkIns / figures.checkIns)}。`,
    );
  }

  const venue = largest(data.venues, (v) => v.checkIns);
  if (venue && data.venues.length > 1) {
    out.push(
      `最受欢迎的场馆是${venue.name}，打卡${formatCount(venue.checkIns)}人次，占总量的${formatPercent(venue.checkIns / figures.checkIns)}。`,
    );
  }

  const groups = KEY_GROUPS.map((group) => ({
    group,
    checkIns: data.byAudienceGroup.find((g) => g.group === group)?.checkIns ?? 0,
  }))
    .filter((g) => g.checkIns > 0)
    .sort((a, b) => b.checkIns - a.checkIns);
  if (groups.length > 0) {
    const shares = groups.map(
      (g) => `${AUDIENCE_GROUP_LABELS[g.group]}占${formatPercent(g.checkIns / figures.checkIns)}`,
    );
    out.push(`按打卡人次计，重点人群中${shares.join('，')}。`);
  }

  const { withVenues, reached } = data.townships;
  if (withVenues > 0) {
    out.push(
      `设有场馆的${formatCount(withVenues)}个乡镇（街道）中，${formatCount(reached)}个有打卡记录，覆盖率${formatPercent(reached / withVenues)}。`,
    );
  }

  const child = largest(data.childRegions, (r) => r.checkIns);
  if (child && data.childRegions.length > 1) {
    const active = data.childRegions.filter((r) => r.checkIns > 0).length;
    out.push(
      `${data.childRegions.length}个下级地区中${active}个有打卡记录，${child.name}打卡最多，占${formatPercent(child.checkIns / figures.checkIns)}。`,
    );
  }

  const started = sum(data.trails.map((t) => t.started));
  if (started > 0) {
    const finished = sum(data.trails.map((t) => t.finished));
    const a = approx(data, 'trails');
    out.push(
      `${data.trails.length}条主题路线累计${a}${formatCount(started)}人次开始集章，${a}${formatCount(finished)}人次集齐全部印章，完成率${formatPercent(finished / started)}。`,
    );
  }

  const answered = sum(data.learning.checkpoints.map((c) => c.answered));
  if (answered > 0) {
    const right = sum(data.learning.checkpoints.map((c) => c.firstTryCorrect));
    out.push(
      `访客在科普卡片上共答题${approx(data, 'learning')}${formatCount(answered)}次，首次答对率${formatPercent(right / answered)}。`,
    );
  }
  return out;
}

function comparison(data: ActivityReportData): string | null {
  if (!data.previous) return null;
  const before = data.previous.figures;
  const checkIns = formatChange(data.figures.checkIns, before.checkIns);
  if (!checkIns) return null;
  const range = formatDateRange(data.previous.period.from, data.previous.period.to);
  const visitors = formatChange(data.figures.visitors, before.visitors);
  return `与上一周期（${range}）相比，打卡人次${checkIns}${visitors ? `，访客人数${visitors}` : ''}。`;
}
