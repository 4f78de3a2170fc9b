import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  ROTATING_QR_PERIOD_SECONDS,
  rotationSlot,
  slotEndsAt,
  type DisplayCodeResponse,
} from '@xinghuo/shared';
import {
  INITIAL_SCREEN,
  POLL_MS,
  RETRY_MS,
  failureOf,
  msUntilSwitch,
  nextPollMs,
  screenNote,
  secondsLeft,
  shownCode,
  withAnswer,
  withFailure,
} from './rotation';

const PERIOD = ROTATING_QR_PERIOD_SECONDS * 1000;
const T0 = slotEndsAt(rotationSlot(Date.parse('2025-09-10T08:00:00Z'))).getTime(); // a slot start

function answer(serverNow: number): DisplayCodeResponse {
  const slot = rotationSlot(serverNow);
  const code = (s: number) => ({
    token: `tok-${s}`,
    url: `https://kepu.test/q/tok-${s}`,
    validFrom: new Date(slotEndsAt(s - 1).getTime()).toISOString(),
    refreshAt: slotEndsAt(s).toISOString(),
  });
  return {
    checkpointId: 'cp',
    checkpointName: '大屏互动',
    venueName: '开放实验室',
    current: code(slot),
    next: code(slot + 1),
    serverTime: new Date(serverNow).toISOString(),
  };
}

test('the next code shows at the slot boundary without asking the server again', () => {
  const s = withAnswer(INITIAL_SCREEN, answer(T0 + 1000), T0 + 1000);
  const slot = rotationSlot(T0);
  assert.equal(shownCode(s, T0 + 29_000)?.token, `tok-${slot}`);
  assert.equal(msUntilSwitch(s, T0 + 29_000), 1000);
  assert.equal(secondsLeft(s, T0 + 20_500), 10);
  assert.equal(shownCode(s, T0 + PERIOD)?.token, `tok-${slot + 1}`, 'no gap at the boundary');
  assert.equal(shownCode(s, T0 + 2 * PERIOD), null, 'past both slots: nothing valid to show');
});

test("the device's clock may be off: the server's time decides", () => {
  const skew = 45_000; // the TV is 45 s behind
  const s = withAnswer(INITIAL_SCREEN, answer(T0 + 1000), T0 + 1000 - skew);
  assert.equal(s.offsetMs, skew);
  assert.equal(shownCode(s, T0 + PERIOD - skew)?.token, `tok-${rotationSlot(T0) + 1}`);
});

test('a failed poll keeps the valid code with a note; a revoked link stops at once', () => {
  const ok = withAnswer(INITIAL_SCREEN, answer(T0), T0);
  const flaky = withFailure(ok, failureOf(0));
  assert.equal(shownCode(flaky, T0 + 1000)?.token, `tok-${rotationSlot(T0)}`);
  assert.deepEqual(screenNote(flaky, T0 + 1000), {
    tone: 'warn',
    text: '网络不稳定，二维码刷新失败，正在重试…',
  });
  assert.equal(nextPollMs(flaky), RETRY_MS);
  assert.equal(nextPollMs(ok), POLL_MS);
  assert.equal(screenNote(flaky, T0 + 2 * PERIOD).tone, 'stop', 'nothing valid left');
  const revoked = withFailure(ok, failureOf(410));
  assert.equal(shownCode(revoked, T0), null);
  assert.equal(screenNote(revoked, T0).tone, 'stop');
  assert.equal(failureOf(404), 'unknown');
  assert.equal(failureOf(409), 'not-rotating');
  assert.equal(failureOf(503), 'busy');
});

test('the next answer clears the note', () => {
  const flaky = withFailure(withAnswer(INITIAL_SCREEN, answer(T0), T0), 'network');
  const back = withAnswer(flaky, answer(T0 + 5000), T0 + 5000);
  assert.equal(back.failure, null);
  assert.deepEqual(screenNote(back, T0 + 5000), { tone: 'none' });
  assert.deepEqual(screenNote(INITIAL_SCREEN, T0), { tone: 'none' }, 'first load: no note yet');
  assert.equal(screenNote(withFailure(INITIAL_SCREEN, 'network'), T0).tone, 'stop');
});
