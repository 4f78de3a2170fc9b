import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { RegionFigures, StatsVenueKindsResponse, VenueKind } from '@xinghuo/shared';
import { barChartHeight, barLabelWidth, chartFigure } from './figures-charts';
import { regionView, venueKindView } from './figures-view';

const region = (code: string, name: string, venues: number, checkIns: number): RegionFigures => ({
  code,
  name,
  level: 'county',
  venues,
  activeVenues: checkIns ? 1 : 0,
  checkIns,
  offlineReplays: 0,
  uniqueVisitors: Math.ceil(checkIns / 2),
  repeats: 0,
  rejections: 0,
  rejectionsByReason: [],
});

test('a figure: lines for days, bars for hours, lying bars sized to their rows', () => {
  const spec = {
    categories: ['9月1日', '9月2日'],
    series: [{ name: '打卡人次', values: [3, 0], color: 'x' }],
  };
  const line = chartFigure({ spec, table: 't' }, 'line');
  assert.equal((line.option.series as Array<{ type: string }>)[0]?.type, 'line');
  assert.equal(line.height, 260);
  assert.equal(line.table, 't');
  assert.equal(line.blank, false);
  const hbar = chartFigure({ spec, table: null }, 'hbar');
  assert.equal(hbar.height, barChartHeight(2, 1));
  assert.equal((hbar.option.yAxis as { type: string }).type, 'category');
  // Nothing counted, or nothing to count: the panel shows its empty state.
  const zero = { ...spec, series: [{ ...spec.series[0]!, values: [0, 0] }] };
  assert.equal(chartFigure({ spec: zero, table: null }, 'bar').blank, true);
  assert.equal(
    chartFigure({ spec: { categories: [], series: [] }, table: null }, 'bar').blank,
    true,
  );
});

test('child regions without venues or check-ins are left out of the chart and the table', () => {
  const view = regionView([
    region('130202', '路南区', 2, 6),
    region('130203', '路北区', 1, 0),
    region('130204', '古冶区', 0, 0),
  ]);
  assert.deepEqual(view.spec.categories, ['路南区', '路北区']);
  assert.deepEqual(view.spec.series[0]?.values, [6, 0]);
  assert.deepEqual(view.spec.series[1]?.values, [3, 0]);
  assert.deepEqual(
    view.table.rows.map((r) => r.cells),
    [
      ['路南区', '2', '1', '6', '3', '0', '0'],
      ['路北区', '1', '0', '0', '0', '0', '0'],
    ],
  );
});

test('venue kinds carry their share of the check-ins', () => {
  const kind = (k: VenueKind, venues: number, checkIns: number) => ({
    kind: k,
    venues,
    activeVenues: venues,
    checkIns,
    repeats: 0,
    rejections: 0,
  });
  const view = venueKindView({
    items: [kind('science_museum', 1, 1), kind('spark_hall', 2, 3), kind('education_base', 0, 0)],
  } as unknown as StatsVenueKindsResponse);
  assert.deepEqual(view.spec.categories, ['科技馆', '科普星火馆']);
  assert.deepEqual(view.spec.series[0]?.labels, ['1（25%）', '3（75%）']);
  assert.deepEqual(
    view.table.rows.map((r) => r.cells[4]),
    ['25%', '75%'],
  );
});

test('lying bars leave room on the right for the longest label', () => {
  const spec = {
    categories: ['青少年', '农民'],
    series: [{ name: '访客人数', values: [1690, 0], color: 'x', labels: ['1,690（25.1%）', ''] }],
  };
  // Ten digits and signs at 7 px, the two full-width brackets at 12.
  assert.equal(barLabelWidth(spec), 10 * 7 + 2 * 12);
  const grid = chartFigure({ spec, table: null }, 'hbar').option.grid as { right: number };
  assert.equal(grid.right, barLabelWidth(spec) + 8);
  const upright = chartFigure({ spec, table: null }, 'bar').option.grid as { right: number };
  assert.equal(upright.right, 16);
});
