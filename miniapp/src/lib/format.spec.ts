import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  daysUntil,
  formatCampaignWindow,
  formatDate,
  formatDateRange,
  formatDateTime,
  formatDuration,
  formatMonthDay,
  isSameBeijingDay,
  normalizeNickname,
} from './format';

test('dates are in Beijing time', () => {
  assert.equal(formatDate('2025-08-31T16:30:00.000Z'), '2025年9月1日');
  assert.equal(formatDateTime('2025-09-03T06:05:00.000Z'), '9月3日 14:05');
  assert.equal(formatMonthDay('2025-08-31T16:30:00.000Z'), '9月1日');
  assert.equal(formatDate('not a date'), '');
});

test('ranges and campaign windows', () => {
  assert.equal(formatDateRange('2025-08-31T16:00:00Z', '2025-09-29T16:00:00Z'), '9月1日至9月30日');
  assert.equal(
    formatCampaignWindow('2025-08-31T16:00:00Z', '2025-09-30T16:00:00Z'),
    '9月1日至9月30日',
  );
  assert.equal(
    formatDateRange('2025-12-20T00:00:00Z', '2026-01-05T00:00:00Z'),
    '2025年12月20日至2026年1月5日',
  );
});

test('durations', () => {
  assert.equal(formatDuration(45), '约45分钟');
  assert.equal(formatDuration(90), '约1.5小时');
  assert.equal(formatDuration(120), '约2小时');
  assert.equal(formatDuration(0), '');
});

test('days until and same day', () => {
  assert.equal(daysUntil('2025-09-01T00:00:00+08:00', new Date('2025-08-29T12:00:00+08:00')), 3);
  assert.equal(daysUntil('2025-08-01T00:00:00+08:00', new Date('2025-08-29T12:00:00+08:00')), 0);
  assert.equal(isSameBeijingDay('2025-09-01T23:30:00+08:00', '2025-09-01T00:10:00+08:00'), true);
  assert.equal(isSameBeijingDay('2025-09-01T23:30:00+08:00', '2025-09-02T00:10:00+08:00'), false);
});

test('nicknames', () => {
  assert.equal(normalizeNickname('  小  明 '), '小 明');
  assert.equal(normalizeNickname('   '), null);
  assert.equal(normalizeNickname('一'.repeat(30))?.length, 20);
});

test('Beijing weekday', async () => {
  const { beijingWeekday } = await import('./format');
  // 2025-09-01 is a Monday; 23:30 UTC on Sunday Aug 31 is already Monday in Beijing.
  assert.equal(beijingWeekday(new Date('2025-08-31T23:30:00Z')), 'mon');
  assert.equal(beijingWeekday(new Date('2025-08-31T10:00:00Z')), 'sun');
});
