import Taro from '@tarojs/taro';
import type { SessionResponse } from '@xinghuo/shared';
import { errorFromResponse } from '../lib/api-error';
import { send } from '../api/http';
import { storage } from './storage';

const SESSION_KEY = 'xh.session.v1';

interface StoredSession {
  token: string;
  expiresAt: string;
  /** Absent in sessions stored before renewal existed: renew those at the next use. */
  refreshAfter?: string;
  visitorId: string;
}

function read(): StoredSession | null {
  const v = storage.get(SESSION_KEY) as Partial<StoredSession> | undefined;
  if (!v || typeof v.token !== 'string' || typeof v.expiresAt !== 'string') return null;
  return {
    token: v.token,
    expiresAt: v.expiresAt,
    refreshAfter: typeof v.refreshAfter === 'string' ? v.refreshAfter : undefined,
    visitorId: String(v.visitorId ?? ''),
  };
}

function store(s: SessionResponse): string {
  storage.set(SESSION_KEY, {
    token: s.token,
    expiresAt: s.expiresAt,
    refreshAfter: s.refreshAfter,
    visitorId: s.principal.id,
  });
  return s.token;
}

let loggingIn: Promise<string> | null = null;
let refreshing: Promise<string> | null = null;

async function fetchSession(): Promise<SessionResponse> {
  let res;
  if (process.env.TARO_ENV === 'weapp') {
    // wx.login codes are single-use and short-lived: get a fresh one for every exchange.
    const { code } = await Taro.login();
    res = await send({ method: 'POST', path: '/api/auth/wechat', body: { code } });
  } else {
    res = await send({ method: 'POST', path: '/api/auth/guest' });
  }
  if (res.status < 200 || res.status >= 300)
    throw errorFromResponse(res.status, res.data, res.headers);
  return res.data as SessionResponse;
}

/** Gets a new session; concurrent callers share one login. */
export function login(): Promise<string> {
  if (!loggingIn) {
    loggingIn = fetchSession()
      .then(store)
      .finally(() => {
        loggingIn = null;
      });
  }
  return loggingIn;
}

/**
 * Trades a token past half its life for a fresh one, so the passport outlives any one token.
 * Offline or a busy server: keep the current token; a refused token: sign in anew.
 */
function renew(current: StoredSession): Promise<string> {
  if (!refreshing) {
    refreshing = send({
      method: 'POST',
      path: '/api/auth/refresh',
      headers: { Authorization: `Bearer ${current.token}` },
    })
      .then((res) => {
        if (res.status === 200) return store(res.data as SessionResponse);
        if (res.status === 401) return login();
        return current.token;
      })
      .catch(() => current.token)
      .finally(() => {
        refreshing = null;
      });
  }
  return refreshing;
}

/** A token that is not about to expire: renewed past half its life, logging in when needed. */
export async function getToken(): Promise<string> {
  const s = read();
  if (!s || Date.parse(s.expiresAt) - Date.now() <= 60_000) return login();
  if (!s.refreshAfter || Date.now() >= Date.parse(s.refreshAfter)) return renew(s);
  return s.token;
}

export function clearSession(): void {
  storage.remove(SESSION_KEY);
}

export function currentVisitorId(): string | null {
  return read()?.visitorId || null;
}
