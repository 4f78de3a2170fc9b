import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ERROR_HINTS } from '@xinghuo/shared';
import {
  ApiError,
  errorFromResponse,
  messageOf,
  networkError,
  parseRetryAfter,
  rejectionAdvice,
} from './api-error';

test('server error bodies keep their Chinese message, code and details', () => {
  const e = errorFromResponse(422, {
    error: {
      code: 'VENUE_CLOSED',
      message: '不在开放时间，开放时间为 09:00–17:00',
      details: { openingHours: { mon: [['09:00', '17:00']] } },
    },
  });
  assert.equal(e.code, 'VENUE_CLOSED');
  assert.equal(e.status, 422);
  assert.equal(e.message, '不在开放时间，开放时间为 09:00–17:00');
  assert.ok(e.details?.openingHours);
});

test('non-Chinese or missing messages fall back to the hint for the code', () => {
  assert.equal(
    errorFromResponse(400, { error: { code: 'QR_INVALID', message: 'bad sig' } }).message,
    ERROR_HINTS.QR_INVALID,
  );
  assert.equal(
    errorFromResponse(400, { error: { code: 'QR_EXPIRED' } }).message,
    ERROR_HINTS.QR_EXPIRED,
  );
});

test('unknown bodies map by status', () => {
  assert.equal(errorFromResponse(502, '<html>bad gateway</html>').code, 'INTERNAL_ERROR');
  assert.equal(errorFromResponse(404, null).code, 'NOT_FOUND');
  assert.equal(errorFromResponse(401, {}).code, 'UNAUTHENTICATED');
  assert.equal(
    errorFromResponse(400, { error: { code: 'WHAT', message: 'x' } }).code,
    'VALIDATION_FAILED',
  );
});

test('Retry-After in seconds or as a date, any header case', () => {
  assert.equal(
    errorFromResponse(
      429,
      { error: { code: 'RATE_LIMITED', message: 'x' } },
      { 'Retry-After': '12' },
    ).retryAfterSec,
    12,
  );
  assert.equal(
    parseRetryAfter('Fri, 05 Sep 2025 02:00:30 GMT', new Date('2025-09-05T02:00:00Z')),
    30,
  );
  assert.equal(parseRetryAfter('soon'), undefined);
});

test('network errors are offline; unknown throwables get a generic message', () => {
  assert.equal(networkError().offline, true);
  assert.equal(networkError().status, 0);
  assert.match(messageOf(new Error('x')), /服务暂时不可用/);
  assert.equal(messageOf(networkError()), '网络不可用，请检查网络后重试');
});

test('rejection advice shows the server reason, a next step and actions', () => {
  const a = rejectionAdvice(
    new ApiError({ status: 403, code: 'OUT_OF_GEOFENCE', message: '您距离场馆约 2.3 公里' }),
  );
  assert.equal(a.title, '不在场馆范围内');
  assert.equal(a.message, '您距离场馆约 2.3 公里');
  assert.equal(a.next, ERROR_HINTS.OUT_OF_GEOFENCE);
  assert.deepEqual(a.actions, ['venue', 'retry_with_location']);
});

test('venue closed without hours in the message gets them from details', () => {
  const a = rejectionAdvice(
    new ApiError({
      status: 403,
      code: 'VENUE_CLOSED',
      message: ERROR_HINTS.VENUE_CLOSED,
      details: { openingHours: { tue: [['09:00', '17:00']], wed: [['09:00', '17:00']] } },
    }),
  );
  assert.match(a.message, /09:00–17:00/);
  assert.equal(a.next, undefined, 'hint already in the message');
});

test('rate limit mentions the wait', () => {
  const a = rejectionAdvice(
    new ApiError({ status: 429, code: 'RATE_LIMITED', message: 'x', retryAfterSec: 20 }),
  );
  assert.match(a.message, /20 秒/);
  assert.deepEqual(a.actions, ['wait']);
});
