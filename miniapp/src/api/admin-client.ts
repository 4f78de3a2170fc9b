import { sessionEffect } from '../lib/admin-access';
import { ApiError, errorFromResponse } from '../lib/api-error';
import { adminToken, endSession, requirePasswordChange } from '../services/admin-session';
import { send, type HttpRequest, type HttpResponse } from './http';

/**
 * Sends with the staff/organizer token (never the visitor's). Unlike the visitor client there is
 * nothing to log in again with: a session the server no longer accepts ends here, and the person
 * is taken to the sign-in page (or the password page) with the reason.
 */
export async function adminExchange(req: HttpRequest): Promise<HttpResponse> {
  const token = adminToken();
  if (!token) {
    endSession('expired');
    throw new ApiError({ status: 401, code: 'UNAUTHENTICATED', message: '登录已失效，请重新登录' });
  }
  const res = await send({ ...req, headers: { ...req.headers, Authorization: `Bearer ${token}` } });
  if (res.status === 401 || res.status === 403) {
    const err = errorFromResponse(res.status, res.data, res.headers);
    const effect = sessionEffect(err.code);
    if (effect?.kind === 'sign-in') endSession(effect.reason);
    else if (effect?.kind === 'change-password') requirePasswordChange();
  }
  return res;
}

/** The parsed body of a 2xx answer, or an ApiError with the server's code, field and message. */
export async function adminRequest<T>(req: HttpRequest): Promise<T> {
  const res = await adminExchange(req);
  if (res.status >= 200 && res.status < 300) return res.data as T;
  throw errorFromResponse(res.status, res.data, res.headers);
}

/** Routes anyone may call (sign-in, region search, the display screen): no token at all. */
export async function publicRequest<T>(req: HttpRequest): Promise<T> {
  const res = await send(req);
  if (res.status >= 200 && res.status < 300) return res.data as T;
  throw errorFromResponse(res.status, res.data, res.headers);
}
