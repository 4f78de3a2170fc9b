import type { QrMode } from './domain';

/**
 * A QR token: 19 bytes in base64url, 26 characters, so it also fits a mini-program code `scene`
 * (32 characters at most). The server's encoder writes exactly this; every reader checks it.
 */
export const QR_TOKEN_LENGTH = 26;
export const QR_TOKEN_PATTERN = /^[A-Za-z0-9_-]{26}$/;

/** Rotating QR codes change every this many seconds; the previous one stays valid. */
export const ROTATING_QR_PERIOD_SECONDS = 30;
const ROTATING_QR_PERIOD_MS = ROTATING_QR_PERIOD_SECONDS * 1000;

/** The 30-second slot an instant falls in: the counter a rotating code carries. */
export function rotationSlot(at: Date | number): number {
  return Math.floor((typeof at === 'number' ? at : at.getTime()) / ROTATING_QR_PERIOD_MS);
}

/** When a slot's code stops being the current one. */
export function slotEndsAt(slot: number): Date {
  return new Date((slot + 1) * ROTATING_QR_PERIOD_MS);
}

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

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * Whether a scanned code is printed or rotating, read from its token's first byte
 * ([key id:4 bits | kind:4 bits], the server's `qr-token.ts`) without checking its signature:
 * enough for the app to know a rotating code must not wait in the offline queue. Null when the
 * text holds no token or a kind no server writes; the server still judges every code.
 */
export function qrCodeKind(scanned: string): QrMode | null {
  const token = extractQrToken(scanned);
  if (!token) return null;
  // The first two characters carry the first 12 bits; the kind is bits 3-0 of the first byte.
  const high = BASE64URL.indexOf(token[0]!);
  const low = BASE64URL.indexOf(token[1]!);
  const kind = ((high & 0b11) << 2) | (low >> 4);
  return kind === 0 ? 'static' : kind === 1 ? 'rotating' : null;
}

/** What a visitor is told when a rotating code could not be sent at once. */
export const ROTATING_CODE_OFFLINE_MESSAGE = '动态码需在线扫描：请在现场扫描屏幕上最新的二维码';
