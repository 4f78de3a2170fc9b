import { createHmac, timingSafeEqual } from 'node:crypto';
import { QR_TOKEN_PATTERN, type QrMode } from '@xinghuo/shared';
import type { QrKey } from '../config/config';

/**
 * A QR token is 19 bytes, base64url (26 characters), so it fits a mini-program code `scene`:
 *   [kid:4 bits | kind:4 bits] [checkpoint code_no: u32] [counter: u32] [HMAC-SHA256: 10 bytes]
 * The counter is the checkpoint's qr_version for printed codes and the 30-second slot for
 * rotating ones. 80 bits of MAC make forging a code infeasible online.
 */

export interface QrFields {
  keyId: number;
  kind: QrMode;
  codeNo: number;
  counter: number;
}

const BODY_LENGTH = 9;
const MAC_LENGTH = 10;
const TOKEN_LENGTH = BODY_LENGTH + MAC_LENGTH;

function mac(secret: Buffer, body: Buffer): Buffer {
  return createHmac('sha256', secret).update(body).digest().subarray(0, MAC_LENGTH);
}

export function encodeQrToken(fields: QrFields, key: QrKey): string {
  if (fields.keyId !== key.id) throw new Error('key id mismatch');
  const body = Buffer.alloc(BODY_LENGTH);
  body.writeUInt8((fields.keyId << 4) | (fields.kind === 'rotating' ? 1 : 0), 0);
  body.writeUInt32BE(fields.codeNo, 1);
  body.writeUInt32BE(fields.counter, 5);
  return Buffer.concat([body, mac(key.secret, body)]).toString('base64url');
}

/** Null for anything not signed by one of our keys: altered, truncated, forged or foreign. */
export function decodeQrToken(token: string, keys: readonly QrKey[]): QrFields | null {
  if (!QR_TOKEN_PATTERN.test(token)) return null;
  const raw = Buffer.from(token, 'base64url');
  if (raw.length !== TOKEN_LENGTH || raw.toString('base64url') !== token) return null;
  const body = raw.subarray(0, BODY_LENGTH);
  const head = body.readUInt8(0);
  const keyId = head >> 4;
  const kindBits = head & 0x0f;
  if (kindBits > 1) return null;
  const key = keys.find((k) => k.id === keyId);
  if (!key) return null;
  if (!timingSafeEqual(raw.subarray(BODY_LENGTH), mac(key.secret, body))) return null;
  return {
    keyId,
    kind: kindBits === 1 ? 'rotating' : 'static',
    codeNo: body.readUInt32BE(1),
    counter: body.readUInt32BE(5),
  };
}
