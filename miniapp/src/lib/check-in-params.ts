import { extractQrToken } from '@xinghuo/shared';

/** Router params the check-in page can be opened with. */
export interface CheckInEntryParams {
  /** H5: the server redirects /q/{token} to ?code={token}; in-app navigation uses it too. */
  code?: string;
  /** Mini-program opened by "扫普通链接二维码": the URL-encoded scanned URL. */
  q?: string;
  /** Mini-program code (wxacode.getUnlimited): the token, possibly URL-encoded. */
  scene?: string;
}

function safeDecode(value: string): string {
  // WeChat encodes `q` once; some forwarding paths encode it again.
  let out = value;
  for (let i = 0; i < 2 && /%[0-9A-Fa-f]{2}/.test(out); i += 1) {
    try {
      out = decodeURIComponent(out);
    } catch {
      break;
    }
  }
  return out;
}

/**
 * The QR token from whichever entry param is present, or null.
 * `invalid` is true when something was given but is not a token, so the page can say so
 * instead of showing an empty scanner.
 */
export function tokenFromEntryParams(params: CheckInEntryParams): {
  token: string | null;
  invalid: boolean;
} {
  const candidates = [params.code, params.q, params.scene].filter(
    (v): v is string => typeof v === 'string' && v.trim() !== '',
  );
  if (candidates.length === 0) return { token: null, invalid: false };
  for (const raw of candidates) {
    const token = extractQrToken(safeDecode(raw));
    if (token) return { token, invalid: false };
  }
  return { token: null, invalid: true };
}

/** The text a camera scan produced, reduced to a token; null when it is not our code. */
export function tokenFromScan(result: string | undefined | null): string | null {
  if (!result) return null;
  return extractQrToken(safeDecode(result));
}
