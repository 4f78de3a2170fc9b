import {
  ERROR_CODES,
  ERROR_HINTS,
  formatOpeningHours,
  isValidOpeningHours,
  type ErrorCode,
} from '@xinghuo/shared';

/** Codes the client adds for failures that never got a server answer (or an unreadable one). */
export type ClientErrorCode = 'NETWORK' | 'BAD_RESPONSE';

export const CLIENT_ERROR_HINTS: Record<ClientErrorCode, string> = {
  NETWORK: '网络不可用，请检查网络后重试',
  BAD_RESPONSE: '服务暂时不可用，请稍后再试',
};

/** Every failed API call becomes one of these; pages never look at raw responses. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode | ClientErrorCode;
  readonly field?: string;
  readonly details?: Record<string, unknown>;
  /** From Retry-After on 429, in seconds. */
  readonly retryAfterSec?: number;

  constructor(init: {
    status: number;
    code: ErrorCode | ClientErrorCode;
    message: string;
    field?: string;
    details?: Record<string, unknown>;
    retryAfterSec?: number;
  }) {
    super(init.message);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.field = init.field;
    this.details = init.details;
    this.retryAfterSec = init.retryAfterSec;
  }

  /** No answer at all: offline, DNS, timeout. */
  get offline(): boolean {
    return this.code === 'NETWORK';
  }
}

function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

function headerValue(
  headers: Record<string, unknown> | undefined,
  name: string,
): string | undefined {
  if (!headers) return undefined;
  const lower = name.toLowerCase();
  for (const [k, v] of Object.entries(headers)) {
    if (k.toLowerCase() === lower && v !== undefined && v !== null) return String(v);
  }
  return undefined;
}

export function parseRetryAfter(
  value: string | undefined,
  now: Date = new Date(),
): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds);
  const at = Date.parse(value);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, Math.ceil((at - now.getTime()) / 1000));
}

function statusFallback(status: number): ErrorCode | ClientErrorCode {
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 413) return 'PAYLOAD_TOO_LARGE';
  if (status === 429) return 'RATE_LIMITED';
  if (status >= 500) return 'INTERNAL_ERROR';
  if (status >= 400) return 'VALIDATION_FAILED';
  return 'BAD_RESPONSE';
}

/**
 * Builds the error for a non-2xx response. Bodies from proxies (HTML 502 pages) or older servers
 * still give a sensible Chinese message.
 */
export function errorFromResponse(
  status: number,
  body: unknown,
  headers?: Record<string, unknown>,
): ApiError {
  const retryAfterSec = parseRetryAfter(headerValue(headers, 'retry-after'));
  const err =
    typeof body === 'object' && body !== null && 'error' in body
      ? ((body as { error: unknown }).error as Record<string, unknown> | null)
      : null;
  if (err && typeof err === 'object') {
    const code = isErrorCode(err.code) ? err.code : statusFallback(status);
    const serverMessage =
      typeof err.message === 'string' && err.message.trim() ? err.message : undefined;
    return new ApiError({
      status,
      code,
      message:
        serverMessage && /[\u4e00-\u9fff]/.test(serverMessage) ? serverMessage : hintFor(code),
      field: typeof err.field === 'string' ? err.field : undefined,
      details:
        typeof err.details === 'object' && err.details !== null
          ? (err.details as Record<string, unknown>)
          : undefined,
      retryAfterSec,
    });
  }
  const code = statusFallback(status);
  return new ApiError({ status, code, message: hintFor(code), retryAfterSec });
}

export function networkError(): ApiError {
  return new ApiError({ status: 0, code: 'NETWORK', message: CLIENT_ERROR_HINTS.NETWORK });
}

export function hintFor(code: ErrorCode | ClientErrorCode): string {
  return (
    (ERROR_HINTS as Record<string, string>)[code] ?? CLIENT_ERROR_HINTS[code as ClientErrorCode]
  );
}

/** The one place any thrown value becomes text for the visitor. */
export function messageOf(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return CLIENT_ERROR_HINTS.BAD_RESPONSE;
}

export type NextAction = 'rescan' | 'retry' | 'retry_with_location' | 'venue' | 'home' | 'wait';

export interface RejectionAdvice {
  /** Headline in plain Chinese. */
  title: string;
  /** The server's reason (already plain Chinese), or our hint. */
  message: string;
  /** What to do next, when it adds something to the message. */
  next?: string;
  actions: NextAction[];
}

const TITLES: Partial<Record<ErrorCode | ClientErrorCode, string>> = {
  QR_INVALID: '无法识别的打卡码',
  QR_EXPIRED: '二维码已过期',
  QR_REVOKED: '二维码已停用',
  CHECKPOINT_INACTIVE: '打卡点暂未开放',
  OUTSIDE_CAMPAIGN: '不在活动时间内',
  VENUE_CLOSED: '场馆未开放',
  LOCATION_REQUIRED: '需要确认您的位置',
  OUT_OF_GEOFENCE: '不在场馆范围内',
  SCAN_TIME_INVALID: '扫码时间无效',
  RATE_LIMITED: '操作太频繁',
};

const ACTIONS: Partial<Record<ErrorCode | ClientErrorCode, NextAction[]>> = {
  QR_INVALID: ['rescan', 'home'],
  QR_EXPIRED: ['rescan'],
  QR_REVOKED: ['rescan', 'home'],
  CHECKPOINT_INACTIVE: ['venue', 'home'],
  OUTSIDE_CAMPAIGN: ['home'],
  VENUE_CLOSED: ['venue', 'home'],
  LOCATION_REQUIRED: ['retry_with_location', 'home'],
  OUT_OF_GEOFENCE: ['venue', 'retry_with_location'],
  SCAN_TIME_INVALID: ['rescan'],
  RATE_LIMITED: ['wait'],
};

/** Turns a check-in rejection into headline, reason, next step and buttons. */
export function rejectionAdvice(error: ApiError): RejectionAdvice {
  const hint = hintFor(error.code);
  let message = error.message || hint;
  if (error.code === 'VENUE_CLOSED' && !/\d{2}:\d{2}/.test(message)) {
    const hours = error.details?.openingHours;
    if (isValidOpeningHours(hours))
      message = `${message}（开放时间：${formatOpeningHours(hours)}）`;
  }
  if (error.code === 'RATE_LIMITED' && error.retryAfterSec) {
    message = `操作太频繁，请 ${error.retryAfterSec} 秒后再试`;
  }
  return {
    title: TITLES[error.code] ?? '打卡未成功',
    message,
    next: hint && hint !== message && !message.includes(hint) ? hint : undefined,
    actions: ACTIONS[error.code] ?? ['retry', 'home'],
  };
}
