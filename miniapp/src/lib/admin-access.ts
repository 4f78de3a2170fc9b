import type { ErrorCode, SessionResponse } from '@xinghuo/shared';

/** The two roles that sign in with a password (visitors never do). */
export type AdminRole = 'staff' | 'organizer';

export const ADMIN_ROLE_LABELS: Record<AdminRole, string> = {
  staff: '场馆工作人员',
  organizer: '活动组织方',
};

/** Why the sign-in page is shown; each has a sentence for the person. */
export type SignInReason = 'required' | 'expired' | 'disabled' | 'signed-out';

export const SIGN_IN_MESSAGES: Record<SignInReason, string> = {
  required: '请先登录工作人员账号',
  expired: '登录已失效，请重新登录',
  disabled: '该账号已被停用，如有疑问请联系上级管理员',
  'signed-out': '您已安全退出',
};

/** A staff or organizer session as stored on the device (never the visitor's). */
export interface AdminSession {
  token: string;
  expiresAt: string;
  role: AdminRole;
  accountId: string;
  displayName: string;
  venueId: string | null;
  regionCode: string | null;
  /** A password someone else set: the server refuses everything else until it is changed. */
  mustChangePassword: boolean;
}

/** The stored form of a login or password-change answer; null for a visitor session. */
export function sessionFromResponse(res: SessionResponse): AdminSession | null {
  const { principal } = res;
  if (principal.role !== 'staff' && principal.role !== 'organizer') return null;
  return {
    token: res.token,
    expiresAt: res.expiresAt,
    role: principal.role,
    accountId: principal.id,
    displayName: principal.displayName ?? '',
    venueId: principal.venueId ?? null,
    regionCode: principal.regionCode ?? null,
    mustChangePassword: res.mustChangePassword === true,
  };
}

/** What was read back from storage, when it is still a usable session. */
export function readSession(value: unknown, now: number): AdminSession | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Partial<AdminSession>;
  if (typeof v.token !== 'string' || typeof v.expiresAt !== 'string') return null;
  if (v.role !== 'staff' && v.role !== 'organizer') return null;
  if (!(Date.parse(v.expiresAt) > now)) return null;
  return {
    token: v.token,
    expiresAt: v.expiresAt,
    role: v.role,
    accountId: String(v.accountId ?? ''),
    displayName: String(v.displayName ?? ''),
    venueId: v.venueId ?? null,
    regionCode: v.regionCode ?? null,
    mustChangePassword: v.mustChangePassword === true,
  };
}

/** Which role a page is for; 'any' pages (the venue editor) serve both. */
export type PageRole = AdminRole | 'any';

export type PageAccess =
  | { kind: 'ok' }
  | { kind: 'sign-in'; reason: SignInReason }
  | { kind: 'change-password' }
  | { kind: 'wrong-role'; role: AdminRole };

/** Whether the signed-in person may see a page, and where to send them when not. */
export function pageAccess(
  session: AdminSession | null,
  required: PageRole,
  now: number,
  options: { passwordPage?: boolean } = {},
): PageAccess {
  if (!session) return { kind: 'sign-in', reason: 'required' };
  if (!(Date.parse(session.expiresAt) > now)) return { kind: 'sign-in', reason: 'expired' };
  if (session.mustChangePassword && !options.passwordPage) return { kind: 'change-password' };
  if (required !== 'any' && session.role !== required) {
    return { kind: 'wrong-role', role: session.role };
  }
  return { kind: 'ok' };
}

/** What a failed admin request says about the session itself (null: only this request failed). */
export function sessionEffect(
  code: ErrorCode | string,
): { kind: 'sign-in'; reason: SignInReason } | { kind: 'change-password' } | null {
  if (code === 'ACCOUNT_DISABLED') return { kind: 'sign-in', reason: 'disabled' };
  if (code === 'TOKEN_EXPIRED' || code === 'UNAUTHENTICATED') {
    return { kind: 'sign-in', reason: 'expired' };
  }
  if (code === 'PASSWORD_CHANGE_REQUIRED') return { kind: 'change-password' };
  return null;
}

/**
 * A new password judged by the server's rules (auth.service changePassword) before it is sent,
 * so the form can say what is wrong at once.
 */
export function passwordProblem(form: {
  username: string;
  current: string;
  next: string;
  repeat: string;
  limits: { min: number; max: number };
}): string | null {
  const { username, current, next, repeat, limits } = form;
  if (!current) return '请输入当前密码';
  if (next.length < limits.min) return `新密码至少 ${limits.min} 位`;
  if (next.length > limits.max) return `新密码最多 ${limits.max} 位`;
  if (next === current) return '新密码不能与当前密码相同';
  if (username && next.toLowerCase().includes(username.toLowerCase())) {
    return '新密码不能包含用户名';
  }
  if (next !== repeat) return '两次输入的新密码不一致';
  return null;
}
