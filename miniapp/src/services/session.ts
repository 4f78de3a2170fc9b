import Taro from '@tarojs/taro';
import type { SessionResponse } from '@xinghuo/shared';
import { errorFromResponse } from '../lib/api-error';
import { send } from '../api/http';
import { storage } from './storage';

const SESSION_KEY = 'xh.session.v1';

interface StoredSession {
  token: string;
  expiresAt: string;
  visitorId: string;
}

function read(): StoredSession | null {
  const v = storage.get(SESSION_KEY) as Partial<StoredSession> | undefined;
  if (!v || typeof v.token !== 'string' || typeof v.expiresAt !== 'string') return null;
  return { token: v.token, expiresAt: v.expiresAt, visitorId: String(v.visitorId ?? '') };
}

let loggingIn: Promise<string> | null = null;

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
      .then((s) => {
        storage.set(SESSION_KEY, {
          token: s.token,
          expiresAt: s.expiresAt,
          visitorId: s.principal.id,
        });
        return s.token;
      })
      .finally(() => {
        loggingIn = null;
      });
  }
  return loggingIn;
}

/** A token that is not about to expire, logging in when needed. */
export async function getToken(): Promise<string> {
  const s = read();
  if (s && Date.parse(s.expiresAt) - Date.now() > 60_000) return s.token;
  return login();
}

export function clearSession(): void {
  storage.remove(SESSION_KEY);
}

export function currentVisitorId(): string | null {
  return read()?.visitorId || null;
}
