/** Check-in rejections: recorded for organizers' figures and answered with 422. */
export const CHECK_IN_REJECTION_CODES = [
  'QR_INVALID',
  'QR_EXPIRED',
  'QR_REVOKED',
  'CHECKPOINT_INACTIVE',
  'OUTSIDE_CAMPAIGN',
  'VENUE_CLOSED',
  'LOCATION_REQUIRED',
  'OUT_OF_GEOFENCE',
  'SCAN_TIME_INVALID',
] as const;

/** Errors any route can answer. */
export const COMMON_ERROR_CODES = [
  'VALIDATION_FAILED',
  'MALFORMED_JSON',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'NOT_FOUND',
  'FORBIDDEN',
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
  'INTERNAL_ERROR',
] as const;

/** Signing in and bearer tokens. */
export const AUTH_ERROR_CODES = [
  'UNAUTHENTICATED',
  'TOKEN_EXPIRED',
  'INVALID_CREDENTIALS',
  'AUTH_BUSY',
  'WECHAT_CODE_INVALID',
  'WECHAT_RATE_LIMITED',
  'WECHAT_UNAVAILABLE',
] as const;

/** The check-in request itself, apart from the rejections of a scan. */
export const CHECK_IN_ERROR_CODES = [
  'IDEMPOTENCY_KEY_REQUIRED',
  'IDEMPOTENCY_KEY_REUSED',
  ...CHECK_IN_REJECTION_CODES,
] as const;

/** Staff and organizer accounts: sessions, passwords, account management. */
export const ACCOUNT_ERROR_CODES = [
  'ACCOUNT_DISABLED',
  'PASSWORD_CHANGE_REQUIRED',
  'PASSWORD_INCORRECT',
  'PASSWORD_TOO_WEAK',
  'USERNAME_TAKEN',
] as const;

/** Editing venues, checkpoints and trails; reviews; display links. */
export const CONTENT_ERROR_CODES = [
  'VERSION_CONFLICT',
  'FIELD_NOT_ALLOWED',
  'LOCATION_OUTSIDE_CHINA',
  'REGION_UNKNOWN',
  'ANSWER_NOT_AMONG_OPTIONS',
  'OPENING_HOURS_INVALID',
  'CONFIRMATION_REQUIRED',
  'STATE_CONFLICT',
  'REVIEW_NOT_PENDING',
  'TRAIL_NOT_READY',
  'CHECKPOINT_NOT_ROTATING',
  'DISPLAY_LINK_REVOKED',
] as const;
/** Answers to science-card questions. */
export const LEARNING_ERROR_CODES = ['NO_QUESTION'] as const;

export const ERROR_CODES = [
  ...COMMON_ERROR_CODES,
  ...AUTH_ERROR_CODES,
  ...CHECK_IN_ERROR_CODES,
  ...ACCOUNT_ERROR_CODES,
  ...CONTENT_ERROR_CODES,
  ...LEARNING_ERROR_CODES,
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
export type CommonErrorCode = (typeof COMMON_ERROR_CODES)[number];
export type AuthErrorCode = (typeof AUTH_ERROR_CODES)[number];
export type CheckInErrorCode = (typeof CHECK_IN_ERROR_CODES)[number];
export type AccountErrorCode = (typeof ACCOUNT_ERROR_CODES)[number];
export type ContentErrorCode = (typeof CONTENT_ERROR_CODES)[number];
export type CheckInRejectionCode = (typeof CHECK_IN_REJECTION_CODES)[number];
export type LearningErrorCode = (typeof LEARNING_ERROR_CODES)[number];

export interface ApiErrorBody {
  error: {
    code: ErrorCode;
    message: string;
    /** The offending field for validation errors. */
    field?: string;
    details?: Record<string, unknown>;
  };
}

/** Plain-Chinese text with what to do next, for when a response carries no better message. */
export const ERROR_HINTS: Record<ErrorCode, string> = {
  VALIDATION_FAILED: '提交的内容有误，请检查后重试',
  MALFORMED_JSON: '请求格式有误，请重试',
  PAYLOAD_TOO_LARGE: '提交的内容过大',
  UNSUPPORTED_MEDIA_TYPE: '请求格式有误，请重试',
  NOT_FOUND: '没有找到相关内容',
  UNAUTHENTICATED: '请先登录',
  TOKEN_EXPIRED: '登录已过期，请重新登录',
  FORBIDDEN: '没有权限进行此操作',
  RATE_LIMITED: '操作太频繁，请稍后再试',
  SERVICE_UNAVAILABLE: '服务繁忙，请稍后再试',
  INVALID_CREDENTIALS: '用户名或密码错误',
  AUTH_BUSY: '登录的人太多，请稍后再试',
  WECHAT_CODE_INVALID: '微信登录失败，请重新进入小程序',
  WECHAT_RATE_LIMITED: '微信登录太频繁，请稍后再试',
  WECHAT_UNAVAILABLE: '微信服务暂时不可用，请稍后再试',
  IDEMPOTENCY_KEY_REQUIRED: '请求缺少防重标识，请更新小程序后重试',
  IDEMPOTENCY_KEY_REUSED: '重复的请求标识，请重新扫码',
  QR_INVALID: '这不是有效的打卡码，请扫描场馆内张贴或屏幕上展示的官方二维码',
  QR_EXPIRED: '二维码已过期，请扫描屏幕上最新的二维码',
  QR_REVOKED: '该二维码已停用，请扫描场馆内最新张贴的二维码',
  CHECKPOINT_INACTIVE: '该打卡点暂未开放，请咨询现场工作人员',
  OUTSIDE_CAMPAIGN: '当前不在活动时间内，活动期间再来打卡吧',
  VENUE_CLOSED: '场馆当前不在开放时间，请在开放时间内打卡',
  LOCATION_REQUIRED: '该场馆需要确认您在现场，请允许获取位置后重试',
  OUT_OF_GEOFENCE: '您似乎不在场馆范围内，请到达场馆后再打卡',
  SCAN_TIME_INVALID: '扫码时间无效，请重新扫码',
  NO_QUESTION: '这个打卡点没有题目',
  INTERNAL_ERROR: '服务暂时出了点问题，请稍后再试',
  ACCOUNT_DISABLED: '该账号已停用，请联系上级科协',
  PASSWORD_CHANGE_REQUIRED: '首次登录请先修改密码',
  PASSWORD_INCORRECT: '当前密码不正确',
  PASSWORD_TOO_WEAK: '新密码需为 8–128 位，且不能与原密码或用户名相同',
  USERNAME_TAKEN: '该用户名已被使用，请换一个',
  VERSION_CONFLICT: '内容已被他人修改，请刷新后再编辑',
  FIELD_NOT_ALLOWED: '您无权修改此项',
  LOCATION_OUTSIDE_CHINA: '位置不在中国境内，请重新选择',
  REGION_UNKNOWN: '没有这个行政区划',
  ANSWER_NOT_AMONG_OPTIONS: '正确答案必须是选项之一',
  OPENING_HOURS_INVALID: '开放时间有误：结束时间须晚于开始时间，且时段不能重叠',
  CONFIRMATION_REQUIRED: '此操作不可撤销，请确认后再提交',
  STATE_CONFLICT: '当前状态下不能进行此操作，请刷新后重试',
  REVIEW_NOT_PENDING: '该审核已处理或已被更新的版本替代',
  TRAIL_NOT_READY: '还有场馆未同意加入路线，暂不能提交审核',
  CHECKPOINT_NOT_ROTATING: '只有动态码打卡点可以使用展示屏',
  DISPLAY_LINK_REVOKED: '该展示链接已停用，请联系场馆工作人员',
};
