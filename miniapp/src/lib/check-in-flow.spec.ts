import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ERROR_HINTS, type CheckInResponse } from '@xinghuo/shared';
import { ApiError } from './api-error';
import {
  initialScreen,
  invalidCodeError,
  nextScreen,
  queuedText,
  rejectionView,
  successText,
  type CheckInOutcome,
  type CheckInScreen,
} from './check-in-flow';
import type { QueuedCheckIn } from './offline-queue';

const item = (key: string): QueuedCheckIn => ({
  idempotencyKey: key,
  code: 'code',
  scannedAt: '2025-09-05T02:00:00.000Z',
  attempts: 1,
});

const response = (outcome: 'accepted' | 'repeat', scannedAt = '2025-09-05T02:00:00.000Z') =>
  ({
    outcome,
    stamp: {
      checkInId: '1',
      checkpointId: 'cp',
      checkpointName: '焊接机器人',
      venueId: 'v',
      venueName: '开放实验室',
      scannedAt,
      receivedAt: scannedAt,
      source: 'live',
    },
    card: { title: 't', body: 'b' },
    trails: [],
  }) as CheckInResponse;

const success = (key: string): CheckInOutcome => ({
  kind: 'success',
  response: response('accepted'),
  key,
});
const queued: CheckInScreen = { s: 'queued', item: item('k1'), reason: 'offline' };

test('the page opens on what its entry params hold', () => {
  assert.deepEqual(initialScreen({ token: 'x', invalid: false }), {
    s: 'submitting',
    withLocation: false,
  });
  assert.deepEqual(initialScreen({ token: null, invalid: false }), { s: 'idle' });
  const invalid = initialScreen({ token: null, invalid: true });
  assert.equal(invalid.s, 'invalid');
});

test('an answer replaces the busy screen, and only the busy screen', () => {
  const busy: CheckInScreen = { s: 'submitting', withLocation: false };
  assert.equal(nextScreen(busy, { type: 'answered', outcome: success('k') }).s, 'success');
  assert.equal(nextScreen({ s: 'idle' }, { type: 'answered', outcome: success('k') }).s, 'idle');
  const rejected = nextScreen(busy, {
    type: 'answered',
    outcome: { kind: 'rejected', error: invalidCodeError(), key: 'k' },
  });
  assert.equal(rejected.s, 'rejected');
});

test('a refused location becomes a LOCATION_REQUIRED rejection the visitor can act on', () => {
  const s = nextScreen(
    { s: 'submitting', withLocation: true },
    { type: 'location_failed', reason: 'denied' },
  );
  assert.ok(s.s === 'rejected');
  assert.equal(s.error.code, 'LOCATION_REQUIRED');
  assert.ok(rejectionView(s.error).actions.includes('retry_with_location'));
  assert.equal(nextScreen(s, { type: 'submit', withLocation: true }).s, 'submitting');
});

test('a later answer replaces the saved screen only for the scan it waits for', () => {
  assert.equal(nextScreen(queued, { type: 'resolved', outcome: success('other') }), queued);
  assert.equal(nextScreen(queued, { type: 'resolved', outcome: success('k1') }).s, 'success');
  const stillQueued = nextScreen(queued, {
    type: 'resolved',
    outcome: { kind: 'queued', item: item('k1'), reason: 'server' },
  });
  assert.ok(stillQueued.s === 'queued' && stillQueued.reason === 'server');
  const busy: CheckInScreen = { s: 'submitting', withLocation: false };
  assert.equal(nextScreen(busy, { type: 'resolved', outcome: success('k1') }), busy);
});

test('the invalid-code screen reads like the server refusing a code', () => {
  const s = initialScreen({ token: null, invalid: true });
  assert.ok(s.s === 'invalid');
  const view = rejectionView(s.error);
  assert.equal(view.title, '无法识别的打卡码');
  assert.equal(view.message, ERROR_HINTS.QR_INVALID);
  assert.equal(view.next, undefined, 'the hint is the message: not said twice');
  assert.deepEqual(view.actions, ['rescan', 'home']);
});

test('the venue button needs a venue to open', () => {
  const closed = (details?: Record<string, unknown>) =>
    new ApiError({ status: 422, code: 'VENUE_CLOSED', message: '场馆未开放', details });
  assert.deepEqual(rejectionView(closed()).actions, ['home']);
  const view = rejectionView(closed({ venueId: 'v1' }));
  assert.deepEqual(view.actions, ['venue', 'home']);
  assert.equal(view.venueId, 'v1');
});

test('success and queued texts', () => {
  const now = new Date('2025-09-05T08:00:00.000Z');
  assert.deepEqual(successText(response('accepted'), now), {
    title: '打卡成功',
    note: '印章已收入您的护照',
    date: '9月5日',
  });
  assert.equal(successText(response('repeat'), now).title, '今日已打卡');
  assert.equal(successText(response('repeat', '2025-09-03T02:00:00.000Z'), now).title, '已打卡');
  assert.equal(queuedText({ item: item('k'), reason: 'offline' }).title, '已保存，联网后自动提交');
  const busy = queuedText({
    item: item('k'),
    reason: 'server',
    error: new ApiError({ status: 503, code: 'INTERNAL_ERROR', message: '服务繁忙' }),
  });
  assert.match(busy.message, /^服务繁忙。/);
});
