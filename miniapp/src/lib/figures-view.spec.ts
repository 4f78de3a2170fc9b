import { test } from 'node:test';
import assert from 'node:assert/strict';
import type {
  StatsCompareResponse,
  StatsLearningResponse,
  StatsMeta,
  TrailFunnel,
} from '@xinghuo/shared';
import { tableText } from './figure-table';
import { isBlank } from './figures-charts';
import { headlineTiles, learningHeadline, offlineNote } from './figures-headline';
import { audienceView, dailyView, hourlyView, rejectionView, shownHours } from './figures-view';
import { funnelView, learningCheckpointView, medianError, medianText } from './trail-view';

const meta: StatsMeta = {
  scope: {
    kind: 'region',
    id: '130200',
    name: '唐山市',
    region: { code: '130200', name: '唐山市', level: 'city' },
    path: [{ code: '130200', name: '唐山市', level: 'city' }],
  },
  period: { from: '2025-09-01', to: '2025-09-02', days: 2 },
  asOf: null,
};
const figures = (checkIns: number, uniqueVisitors = 0) => ({
  checkIns,
  offlineReplays: 0,
  uniqueVisitors,
  repeats: 0,
  rejections: 0,
  rejectionsByReason: [],
});
const day = (d: string, checkIns: number) => ({
  day: d,
  checkIns,
  uniqueVisitors: 1,
  repeats: 0,
  rejections: 0,
});

test('headline tiles read in 万 with the exact count and the change from before', () => {
  const compare: StatsCompareResponse = {
    ...meta,
    current: { period: meta.period, figures: figures(26_972, 6_739) },
    previous: { period: meta.period, figures: figures(20_000, 0) },
    daily: [],
  };
  const [checkIns, visitors] = headlineTiles(compare);
  assert.equal(checkIns?.value, '2.7万');
  assert.equal(checkIns?.exact, '26,972');
  assert.equal(checkIns?.change, '增长34.9%');
  assert.equal(checkIns?.direction, 'up');
  assert.equal(visitors?.value, '6,739');
  assert.equal(visitors?.exact, null);
  assert.equal(visitors?.change, null, 'nothing to compare with');
  assert.equal(offlineNote(figures(10)), null);
  assert.match(
    offlineNote({ ...figures(200), offlineReplays: 5 }) ?? '',
    /离线补传 5 人次（2.5%）/,
  );
});

test('the daily trend draws the period before only when it had check-ins', () => {
  const compare: StatsCompareResponse = {
    ...meta,
    current: { period: meta.period, figures: figures(3) },
    previous: { period: meta.period, figures: figures(0) },
    daily: [
      { current: day('2025-09-01', 1), previous: day('2025-08-30', 0) },
      { current: day('2025-09-02', 2), previous: day('2025-08-31', 0) },
    ],
  };
  const view = dailyView(compare);
  assert.deepEqual(view.spec.categories, ['9月1日', '9月2日']);
  assert.deepEqual(
    view.spec.series.map((s) => s.name),
    ['打卡人次', '访客人数'],
  );
  assert.equal(view.table.rows[0]?.cells[0], '2025年9月1日 周一');
});

test('hours cover the usual day, widened to any hour with check-ins, with shares', () => {
  const hours = Array.from({ length: 24 }, (_, hour) => ({
    hour,
    checkIns: hour === 22 ? 1 : hour === 10 ? 3 : 0,
  }));
  assert.deepEqual(
    shownHours(hours),
    Array.from({ length: 16 }, (_, i) => 7 + i),
  );
  const view = hourlyView(hours);
  assert.equal(view.table.rows.find((r) => r.key === '10')?.cells.join(' '), '10:00–11:00 3 75%');
  assert.deepEqual(view.table.foot, ['合计', '4', '100%']);
  assert.ok(isBlank(hourlyView(hours.map((h) => ({ ...h, checkIns: 0 }))).spec));
});

test('audience groups: visitors with their share, undeclared named as such', () => {
  const view = audienceView({
    ...meta,
    items: [
      { group: 'teenager', checkIns: 30, uniqueVisitors: 3 },
      { group: 'unknown', checkIns: 10, uniqueVisitors: 1 },
    ],
  });
  assert.deepEqual(view.spec.categories, ['青少年', '未填写']);
  assert.deepEqual(view.spec.series[0]?.labels, ['3（75%）', '1（25%）']);
});

test('rejections by reason in Chinese, and the table copies as tab-separated lines', () => {
  const view = rejectionView([
    { reason: 'OUT_OF_GEOFENCE', count: 3 },
    { reason: 'QR_EXPIRED', count: 1 },
  ]);
  assert.equal(
    tableText(view.table),
    '原因\t次数\t占比\n不在场馆范围\t3\t75%\n二维码过期\t1\t25%\n合计\t4\t100%',
  );
});

test('a funnel reads start → each stamp → finish as shares of those who started', () => {
  const trail: TrailFunnel = {
    id: 't',
    name: '防震减灾安全行',
    topic: 'disaster_prevention',
    stops: 3,
    stamps: 60,
    started: 40,
    finished: 10,
    medianMinutesToFinish: { minutes: 72.5, approximate: true, errorMinutes: 2.5 },
    steps: [
      { stamps: 1, visitors: 40 },
      { stamps: 2, visitors: 20 },
      { stamps: 3, visitors: 10 },
    ],
  };
  const view = funnelView(trail);
  assert.deepEqual(view.spec.categories, ['开始（集1枚）', '集2枚', '完成（集齐3枚）']);
  assert.deepEqual(view.spec.series[0]?.labels, ['40人（100%）', '20人（50%）', '10人（25%）']);
  assert.equal(medianText(trail.medianMinutesToFinish), '约1小时13分钟');
  assert.equal(medianError([trail, { ...trail, medianMinutesToFinish: null }]), 2.5);
});

test('learning: rates of checkpoints that ask, answer rate over their stamps only', () => {
  const res: StatsLearningResponse = {
    ...meta,
    totals: { stamps: 100, answered: 30, firstTryCorrect: 21, correctRate: 0.7 },
    checkpoints: [
      {
        checkpointId: 'a',
        name: '地震体验屋',
        venueId: 'v',
        venueName: '唐山科技馆',
        hasQuestion: true,
        stamps: 60,
        answered: 30,
        firstTryCorrect: 21,
        correctRate: 0.7,
      },
      {
        checkpointId: 'b',
        name: '入口',
        venueId: 'v',
        venueName: '唐山科技馆',
        hasQuestion: false,
        stamps: 40,
        answered: 0,
        firstTryCorrect: 0,
        correctRate: null,
      },
    ],
    trails: [],
  };
  const head = learningHeadline(res);
  assert.equal(head.answerRate, '50%');
  assert.equal(head.correctRate, '70%');
  const view = learningCheckpointView(res);
  assert.deepEqual(view.spec.categories, ['地震体验屋']);
  assert.deepEqual(view.spec.series[0]?.labels, ['70%（30次作答）']);
  assert.equal(view.table.rows.length, 1, 'checkpoints without a question left out');
});
