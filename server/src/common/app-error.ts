import { ERROR_HINTS, type ErrorCode } from '@xinghuo/shared';

export interface ErrorExtra {
  field?: string;
  details?: Record<string, unknown>;
  /** Seconds, sent as Retry-After (429 and 503 answers). */
  retryAfter?: number;
}

/**
 * Base of every error a feature throws. Each feature subclasses it with its own codes (a subset
 * of the shared union), so a feature can only throw what it documents; the exception filter
 * turns the code into an HTTP status.
 */
export class AppError<C extends ErrorCode = ErrorCode> extends Error {
  constructor(
    readonly code: C,
    message: string = ERROR_HINTS[code],
    readonly extra: ErrorExtra = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class ValidationError extends AppError<'VALIDATION_FAILED'> {
  constructor(field: string, message: string) {
    super('VALIDATION_FAILED', message, { field });
  }
}

export class NotFoundError extends AppError<'NOT_FOUND'> {
  constructor(what: string) {
    super('NOT_FOUND', `${what}不存在`);
  }
}

export class ForbiddenError extends AppError<'FORBIDDEN'> {
  constructor(message: string = ERROR_HINTS.FORBIDDEN) {
    super('FORBIDDEN', message);
  }
}

export class RateLimitedError extends AppError<'RATE_LIMITED'> {
  constructor(retryAfter: number) {
    super('RATE_LIMITED', ERROR_HINTS.RATE_LIMITED, { retryAfter });
  }
}

export const ERROR_STATUS: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  MALFORMED_JSON: 400,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  NOT_FOUND: 404,
  UNAUTHENTICATED: 401,
  TOKEN_EXPIRED: 401,
  FORBIDDEN: 403,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
  INVALID_CREDENTIALS: 401,
  AUTH_BUSY: 503,
  WECHAT_CODE_INVALID: 400,
  WECHAT_RATE_LIMITED: 429,
  WECHAT_UNAVAILABLE: 503,
  IDEMPOTENCY_KEY_REQUIRED: 400,
  IDEMPOTENCY_KEY_REUSED: 422,
  QR_INVALID: 422,
  QR_EXPIRED: 422,
  QR_REVOKED: 422,
  CHECKPOINT_INACTIVE: 422,
  OUTSIDE_CAMPAIGN: 422,
  VENUE_CLOSED: 422,
  LOCATION_REQUIRED: 422,
  OUT_OF_GEOFENCE: 422,
  SCAN_TIME_INVALID: 422,
  NO_QUESTION: 404,
  INTERNAL_ERROR: 500,
  ACCOUNT_DISABLED: 401,
  PASSWORD_CHANGE_REQUIRED: 403,
  PASSWORD_INCORRECT: 422,
  PASSWORD_TOO_WEAK: 422,
  USERNAME_TAKEN: 409,
  VERSION_CONFLICT: 409,
  FIELD_NOT_ALLOWED: 403,
  LOCATION_OUTSIDE_CHINA: 422,
  REGION_UNKNOWN: 422,
  ANSWER_NOT_AMONG_OPTIONS: 422,
  OPENING_HOURS_INVALID: 422,
  CONFIRMATION_REQUIRED: 422,
  STATE_CONFLICT: 409,
  REVIEW_NOT_PENDING: 409,
  TRAIL_NOT_READY: 409,
  CHECKPOINT_NOT_ROTATING: 409,
  DISPLAY_LINK_REVOKED: 410,
};

export function errorBody(error: AppError) {
  return {
    error: {
      code: error.code,
      message: error.message,
      ...(error.extra.field !== undefined ? { field: error.extra.field } : {}),
      ...(error.extra.details !== undefined ? { details: error.extra.details } : {}),
    },
  };
}
