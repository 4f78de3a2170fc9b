import Taro from '@tarojs/taro';
import { errorFromResponse, networkError } from '../lib/api-error';
import { joinUrl, type QueryValue } from '../lib/url';

export interface HttpRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  query?: Record<string, QueryValue>;
  body?: unknown;
  headers?: Record<string, string>;
  timeoutMs?: number;
}

export interface HttpResponse {
  status: number;
  data: unknown;
  headers: Record<string, unknown>;
}

const DEFAULT_TIMEOUT_MS = 15_000;

/**
 * One HTTP exchange. Any HTTP status resolves; only "no answer" (offline, DNS, timeout) rejects,
 * always as an ApiError with code NETWORK, so callers can tell "queue it" from "the server said no".
 */
export async function send(req: HttpRequest): Promise<HttpResponse> {
  const headers: Record<string, string> = { Accept: 'application/json', ...req.headers };
  const hasBody = req.body !== undefined && req.method !== 'GET';
  if (hasBody) headers['Content-Type'] = 'application/json';
  try {
    const res = await Taro.request({
      url: joinUrl(API_BASE, req.path, req.query),
      method: req.method,
      data: hasBody ? (req.body as TaroGeneral.IAnyObject) : undefined,
      header: headers,
      timeout: req.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      dataType: 'json',
    });
    const status = typeof res.statusCode === 'number' ? res.statusCode : 0;
    if (status === 0) throw networkError();
    return {
      status,
      data: res.data as unknown,
      headers: (res.header ?? {}) as Record<string, unknown>,
    };
  } catch {
    throw networkError();
  }
}

/** Routes anyone may call (sign-in, regions, the display screen): no token of either kind. */
export async function publicRequest<T>(req: HttpRequest): Promise<T> {
  const res = await send(req);
  if (res.status >= 200 && res.status < 300) return res.data as T;
  throw errorFromResponse(res.status, res.data, res.headers);
}
