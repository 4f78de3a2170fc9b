import { errorFromResponse } from '../lib/api-error';
import { clearSession, getToken, login } from '../services/session';
import { send, type HttpRequest, type HttpResponse } from './http';

export interface ApiRequest extends HttpRequest {
  /** Everything but login needs the visitor's token. */
  auth?: boolean;
}

/** Sends with the session token; a 401 means the session is gone: log in again and retry once. */
export async function apiExchange(req: ApiRequest): Promise<HttpResponse> {
  const withToken = (token: string | null): HttpRequest => ({
    ...req,
    headers: { ...req.headers, ...(token ? { Authorization: `Bearer ${token}` } : {}) },
  });
  const auth = req.auth !== false;
  const res = await send(withToken(auth ? await getToken() : null));
  if (res.status !== 401 || !auth) return res;
  clearSession();
  return send(withToken(await login()));
}

/** The parsed body of a 2xx answer, or an ApiError carrying the server's code and Chinese message. */
export async function apiRequest<T>(req: ApiRequest): Promise<T> {
  const res = await apiExchange(req);
  if (res.status >= 200 && res.status < 300) return res.data as T;
  throw errorFromResponse(res.status, res.data, res.headers);
}
