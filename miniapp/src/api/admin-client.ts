import { sessionEffect } from '../lib/admin-access';
import { ApiError, errorFromResponse } from '../lib/api-error';
import { adminToken, endSession, requirePasswordChange } from '../services/admin-session';
import { send, type HttpRequest, type HttpResponse } from './http';

/** The token to send; without a live session the person is taken to the sign-in page. */
export function requireAdminToken(): string {
  const token = adminToken();
  if (token) return token;
  endSession('expired');
  throw new ApiError({ status: 401, code: 'UNAUTHENTICATED', message: '登录已失效，请重新登录' });
}

/**
 * A refused answer that ends the session (expired, disabled) or needs a new password first
 * sends the person to the sign-in or password page; anything else is the caller's to show.
 */
export function noteAdminFailure(err: ApiError): ApiError {
  const effect = sessionEffect(err.code);
  if (effect?.kind === 'sign-in') endSession(effect.reason);
  else if (effect?.kind === 'change-password') requirePasswordChange();
  return err;
}

/**
 * Sends with the staff/organizer token (never the visitor's). Unlike the visitor client there is
 * nothing to log in again with: a session the server no longer accepts ends here.
 */
export async function adminExchange(req: HttpRequest): Promise<HttpResponse> {
  const token = requireAdminToken();
  const res = await send({ ...req, headers: { ...req.headers, Authorization: `Bearer ${token}` } });
  if (res.status === 401 || res.status === 403) {
    noteAdminFailure(errorFromResponse(res.status, res.data, res.headers));
  }
  return res;
}

/** The parsed body of a 2xx answer, or an ApiError with the server's code, field and message. */
export async function adminRequest<T>(req: HttpRequest): Promise<T> {
  const res = await adminExchange(req);
  if (res.status >= 200 && res.status < 300) return res.data as T;
  throw errorFromResponse(res.status, res.data, res.headers);
}
