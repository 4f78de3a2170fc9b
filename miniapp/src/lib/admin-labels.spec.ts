import { test } from 'node:test';
import assert from 'node:assert/strict';
import { accountLook, checkpointLook, chinaDate, formatInstant, regionBelow } from './admin-labels';

test('instants read in China time', () => {
  assert.equal(formatInstant('2025-09-03T06:05:00Z'), '2025-09-03 14:05');
  assert.equal(formatInstant('2025-09-30T16:30:00Z'), '2025-10-01 00:30');
  assert.equal(formatInstant(null), '—');
  assert.equal(formatInstant('junk'), '—');
  assert.equal(chinaDate(Date.parse('2025-09-30T16:30:00Z')), '2025-10-01');
});

test("regions read below the organizer's own", () => {
  assert.equal(regionBelow('河北省 / 唐山市 / 路南区', '唐山市'), '路南区');
  assert.equal(regionBelow('河北省 / 唐山市', '唐山市'), '唐山市');
  assert.equal(regionBelow('广东省 / 韶关市', '唐山市'), '广东省 / 韶关市');
  assert.equal(regionBelow('河北省 / 唐山市', undefined), '河北省 / 唐山市');
});

test('a checkpoint not yet live says whether it waits or was returned', () => {
  const cp = { live: false, active: true, latestRevision: { status: 'pending' as const } };
  assert.equal(checkpointLook(cp).label, '待审核上线');
  assert.equal(
    checkpointLook({ ...cp, latestRevision: { status: 'returned' } }).label,
    '未通过审核',
  );
  assert.equal(checkpointLook({ ...cp, live: true, active: false }).label, '已暂停');
  assert.equal(accountLook({ disabled: true, mustChangePassword: true }).label, '已停用');
  assert.equal(accountLook({ disabled: false, mustChangePassword: true }).label, '待首次改密');
});
