import type { SessionResponse } from '@xinghuo/shared';
import {
  readSession,
  sessionFromResponse,
  type AdminSession,
  type SignInReason,
} from '../lib/admin-access';
import { homePage } from '../lib/admin-nav';
import { Store } from '../lib/store';
import { openPage, restartAt, replacePage } from './nav';
import { storage } from './storage';

/**
 * The staff or organizer session, kept apart from the visitor's (services/session.ts): its own
 * storage key and token, so signing in as staff never touches a visitor's passport and the
 * visitor pages never send a staff token.
 */
const KEY = 'xh.admin-session.v1';

export const adminSession = new Store<AdminSession | null>(
  readSession(storage.get(KEY), Date.now()),
);

const changeListeners = new Set<() => void>();

/**
 * Stores of admin data register here to be dropped whenever the account changes (signing out,
 * signing in as someone else), so nobody sees the previous account's data.
 */
export function onAccountChange(listener: () => void): void {
  changeListeners.add(listener);
}

function save(session: AdminSession | null): void {
  const before = adminSession.get();
  if (session) storage.set(KEY, session);
  else storage.remove(KEY);
  adminSession.set(session);
  if (before?.accountId !== session?.accountId || !session) {
    for (const listener of changeListeners) listener();
  }
}

/** Stores the answer of a login or password change; false when it is not a staff/organizer one. */
export function startSession(res: SessionResponse): AdminSession | null {
  const session = sessionFromResponse(res);
  save(session);
  return session;
}

/** The token to send, or null when there is no live session. */
export function adminToken(): string | null {
  const s = adminSession.get();
  if (!s || !(Date.parse(s.expiresAt) > Date.now())) return null;
  return s.token;
}

let leaving = false;

/**
 * Ends the session and opens the sign-in page with the reason, dropping every open admin page:
 * an expired or disabled session, or signing out, never leaves a blank or half-working page.
 */
export function endSession(reason: SignInReason): void {
  save(null);
  if (leaving) return;
  leaving = true;
  restartAt('adminLogin', { reason });
  setTimeout(() => {
    leaving = false;
  }, 1000);
}

/** The server wants a new password first: only the password page works until then. */
export function requirePasswordChange(): void {
  const s = adminSession.get();
  if (s && !s.mustChangePassword) save({ ...s, mustChangePassword: true });
  if (leaving) return;
  leaving = true;
  replacePage('adminPassword');
  setTimeout(() => {
    leaving = false;
  }, 1000);
}

/** After signing in (or changing the password): the role's workbench, or the password page. */
export function enterAdmin(session: AdminSession): void {
  if (session.mustChangePassword) replacePage('adminPassword');
  else restartAt(homePage(session.role));
}

/** 我的 → 工作人员登录: straight to the workbench when already signed in. */
export function openAdminEntry(): void {
  const s = adminSession.get();
  if (s && adminToken()) enterAdmin(s);
  else openPage('adminLogin', {});
}
