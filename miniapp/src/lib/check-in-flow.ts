import type { CheckInResponse } from '@xinghuo/shared';
import { ApiError, hintFor, rejectionAdvice, type RejectionAdvice } from './api-error';
import { formatDateTime, formatMonthDay, isSameBeijingDay } from './format';
import type { QueuedCheckIn, RetryReason } from './offline-queue';

/** What sending a scan came to (services/check-in.ts sends; this file decides what it means). */
export type CheckInOutcome =
  | { kind: 'success'; response: CheckInResponse; key: string }
  | { kind: 'rejected'; error: ApiError; key: string }
  | { kind: 'queued'; item: QueuedCheckIn; reason: RetryReason; error?: ApiError };

/** The check-in page shows exactly one of these. */
export type CheckInScreen =
  | { s: 'idle' }
  /** The page was opened with something that is not one of our codes: no request is made. */
  | { s: 'invalid'; error: ApiError }
  | { s: 'submitting'; withLocation: boolean }
  | { s: 'success'; response: CheckInResponse }
  | { s: 'rejected'; error: ApiError }
  | { s: 'queued'; item: QueuedCheckIn; reason: RetryReason; error?: ApiError };

export type CheckInEvent =
  /** A (re)try starts; `withLocation` asks for the position first. */
  | { type: 'submit'; withLocation: boolean }
  | { type: 'location_failed'; reason: 'denied' | 'unavailable' }
  /** The answer to the scan this page sent. */
  | { type: 'answered'; outcome: CheckInOutcome }
  /** Some scan got its answer; only the one a "saved" screen waits for matters. */
  | { type: 'resolved'; outcome: CheckInOutcome };

/** The same error the server gives for a code that is not ours, so both read alike. */
export function invalidCodeError(): ApiError {
  return new ApiError({ status: 422, code: 'QR_INVALID', message: hintFor('QR_INVALID') });
}

export function locationError(reason: 'denied' | 'unavailable'): ApiError {
  return new ApiError({
    status: 400,
    code: 'LOCATION_REQUIRED',
    message:
      reason === 'denied'
        ? '没有位置权限，无法确认您在场馆内。请允许使用位置后重试'
        : '暂时无法获取位置，请到开阔处稍后重试',
  });
}

export function initialScreen(entry: { token: string | null; invalid: boolean }): CheckInScreen {
  if (entry.token) return { s: 'submitting', withLocation: false };
  if (entry.invalid) return { s: 'invalid', error: invalidCodeError() };
  return { s: 'idle' };
}

function outcomeKey(outcome: CheckInOutcome): string {
  return outcome.kind === 'queued' ? outcome.item.idempotencyKey : outcome.key;
}

function screenFor(outcome: CheckInOutcome): CheckInScreen {
  if (outcome.kind === 'success') return { s: 'success', response: outcome.response };
  if (outcome.kind === 'rejected') return { s: 'rejected', error: outcome.error };
  return {
    s: 'queued',
    item: outcome.item,
    reason: outcome.reason,
    ...(outcome.error ? { error: outcome.error } : {}),
  };
}

/** The page's state machine, as a reducer. */
export function nextScreen(screen: CheckInScreen, event: CheckInEvent): CheckInScreen {
  switch (event.type) {
    case 'submit':
      return { s: 'submitting', withLocation: event.withLocation };
    case 'location_failed':
      return screen.s === 'submitting'
        ? { s: 'rejected', error: locationError(event.reason) }
        : screen;
    case 'answered':
      return screen.s === 'submitting' ? screenFor(event.outcome) : screen;
    case 'resolved':
      // Only the scan this page is waiting for replaces the "saved" screen.
      return screen.s === 'queued' && screen.item.idempotencyKey === outcomeKey(event.outcome)
        ? screenFor(event.outcome)
        : screen;
  }
}

/** Headline and lines of the success screen. */
export function successText(
  response: CheckInResponse,
  now: Date = new Date(),
): { title: string; note: string; date: string } {
  const { stamp } = response;
  const repeat = response.outcome === 'repeat';
  const title = repeat
    ? isSameBeijingDay(stamp.scannedAt, now)
      ? '今日已打卡'
      : '已打卡'
    : '打卡成功';
  const note = repeat
    ? '您已在这里打过卡，印章已在护照中，无需重复打卡'
    : stamp.source === 'offline'
      ? `离线扫码已提交 · 扫码时间 ${formatDateTime(stamp.scannedAt)}`
      : '印章已收入您的护照';
  return { title, note, date: formatMonthDay(stamp.scannedAt) };
}

/** Headline and explanation of the "saved, will be sent" screen. */
export function queuedText(screen: {
  item: QueuedCheckIn;
  reason: RetryReason;
  error?: ApiError;
}): {
  title: string;
  message: string;
} {
  if (screen.reason === 'offline')
    return {
      title: '已保存，联网后自动提交',
      message: `网络不可用，本次扫码（${formatDateTime(screen.item.scannedAt)}）已保存在手机上。恢复网络后会自动提交，按扫码时间记录，不会重复打卡。`,
    };
  return {
    title: '已保存，稍后自动提交',
    message: `${screen.error?.message ?? '服务暂时繁忙'}。本次扫码已保存，稍后会自动提交。`,
  };
}

/** The rejection advice, with the venue button only when the answer names a venue. */
export function rejectionView(error: ApiError): RejectionAdvice & { venueId: string | null } {
  const advice = rejectionAdvice(error);
  const venueId = typeof error.details?.venueId === 'string' ? error.details.venueId : null;
  return { ...advice, venueId, actions: advice.actions.filter((a) => a !== 'venue' || venueId) };
}
