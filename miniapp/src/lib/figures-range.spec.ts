import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CampaignDto } from '@xinghuo/shared';
import {
  beijingClock,
  beijingDate,
  campaignRange,
  monthRange,
  presetOf,
  presetRange,
  rangeLabel,
  rangeProblem,
} from './figures-range';

const september: CampaignDto = {
  id: 'c',
  name: '2025年全国科普月',
  theme: '',
  startsAt: '2025-08-31T16:00:00.000Z',
  endsAt: '2025-09-30T16:00:00.000Z',
  stampRule: 'per_day',
  regionCode: '100000',
};

test('days and clock times are Beijing time whatever the device zone', () => {
  // 2025-09-01 23:30 UTC is 07:30 on 2 September in Beijing.
  const t = Date.parse('2025-09-01T23:30:05Z');
  assert.equal(beijingDate(t), '2025-09-02');
  assert.equal(beijingClock(t), '07:30:05');
});

test('a campaign covers its first to its last day, cut at today while it runs', () => {
  assert.deepEqual(campaignRange(september, '2026-12-01'), {
    from: '2025-09-01',
    to: '2025-09-30',
  });
  assert.deepEqual(campaignRange(september, '2025-09-12'), {
    from: '2025-09-01',
    to: '2025-09-12',
  });
  assert.deepEqual(campaignRange(september, '2025-08-20'), {
    from: '2025-09-01',
    to: '2025-09-30',
  });
});

test('presets: today, the last 7 days with today, the campaign (else the week)', () => {
  assert.deepEqual(presetRange('today', '2025-09-03', null), {
    from: '2025-09-03',
    to: '2025-09-03',
  });
  assert.deepEqual(presetRange('week', '2025-09-03', null), {
    from: '2025-08-28',
    to: '2025-09-03',
  });
  assert.deepEqual(
    presetRange('campaign', '2025-09-03', null),
    presetRange('week', '2025-09-03', null),
  );
  assert.equal(
    presetOf({ from: '2025-09-01', to: '2025-09-03' }, '2025-09-03', september),
    'campaign',
  );
  assert.equal(
    presetOf({ from: '2025-09-03', to: '2025-09-03' }, '2025-09-03', september),
    'today',
  );
  assert.equal(
    presetOf({ from: '2025-09-02', to: '2025-09-03' }, '2025-09-03', september),
    'custom',
  );
});

test('a month is its first to its last day, leap years included', () => {
  assert.deepEqual(monthRange('2025-09'), { from: '2025-09-01', to: '2025-09-30' });
  assert.deepEqual(monthRange('2024-02'), { from: '2024-02-01', to: '2024-02-29' });
  assert.deepEqual(monthRange('2025-12'), { from: '2025-12-01', to: '2025-12-31' });
  assert.equal(monthRange('2025-13'), null);
});

test('custom ranges the server would refuse are named before asking', () => {
  assert.equal(rangeProblem({ from: '2025-09-01', to: '2025-09-30' }), null);
  assert.equal(rangeProblem({ from: '2025-09-30', to: '2025-09-01' }), '结束日期不能早于开始日期');
  assert.equal(rangeProblem({ from: '2024-01-01', to: '2025-01-01' }), '一次最多查询366天');
  assert.equal(rangeProblem({ from: '', to: '2025-01-01' }), '请选择开始和结束日期');
});

test('ranges read as Chinese dates with their length', () => {
  assert.equal(
    rangeLabel({ from: '2025-09-01', to: '2025-09-30' }),
    '2025年9月1日至9月30日（30天）',
  );
  assert.equal(rangeLabel({ from: '2025-09-01', to: '2025-09-01' }), '2025年9月1日');
});
