/** Tokens are base64url, at most 32 characters so they also fit a mini-program code `scene`. */
export const QR_TOKEN_PATTERN = /^[A-Za-z0-9_-]{16,32}$/;

/**
 * Pulls the token out of whatever a scan produced: `https://host/q/{token}`, `/q/{token}?x=y`,
 * a `scene=` parameter (URL-encoded or not) or the bare token. Returns null when none fits.
 */
export function extractQrToken(scanned: string): string | null {
  const text = scanned.trim();
  if (QR_TOKEN_PATTERN.test(text)) return text;
  const path = /\/q\/([A-Za-z0-9_-]+)(?:[/?#]|$)/.exec(text);
  if (path?.[1] && QR_TOKEN_PATTERN.test(path[1])) return path[1];
  const scene = /(?:^|[?&])scene=([^&#]+)/.exec(text);
  if (scene?.[1]) {
    let value = scene[1];
    try {
      value = decodeURIComponent(value);
    } catch {
      return null;
    }
    if (QR_TOKEN_PATTERN.test(value)) return value;
  }
  return null;
}
