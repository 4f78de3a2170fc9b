import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actionLabel, changeLines } from './audit-format';

test('actions read in Chinese; an unknown one shows as recorded', () => {
  assert.equal(actionLabel('checkpoint.revoke_codes'), '作废印刷二维码');
  assert.equal(actionLabel('trail.consent_accepted'), '同意加入路线');
  assert.equal(actionLabel('venue.something_new'), 'venue.something_new');
});

test('before and after become one readable line per field, secrets left out', () => {
  const lines = changeLines({
    before: {
      geofenceRadiusM: null,
      openingHours: { mon: [['09:00', '17:00']] },
      passwordHash: 'x',
    },
    after: {
      geofenceRadiusM: 300,
      openingHours: { mon: [['09:00', '18:00']] },
      accessibility: {
        stepFree: true,
        elderlySeats: null,
        accessibleToilet: false,
        parking: null,
        notes: '',
      },
    },
  });
  assert.deepEqual(
    lines.map((l) => [l.label, l.before, l.after?.split('\n')[0]]),
    [
      ['电子围栏', '未开启', '半径 300 米'],
      ['开放时间', '周一 09:00–17:00；周二至周日 休息', '周一 09:00–18:00；周二至周日 休息'],
      ['无障碍与便民设施', null, '无障碍通道：有'],
    ],
  );
});
