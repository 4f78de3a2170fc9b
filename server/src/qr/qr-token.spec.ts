import { randomBytes } from 'node:crypto';
import { decodeQrToken, encodeQrToken, type QrFields } from './qr-token';

const key1 = { id: 1, secret: randomBytes(32) };
const key2 = { id: 2, secret: randomBytes(32) };
const fields: QrFields = { keyId: 1, kind: 'static', codeNo: 4242, counter: 3 };

describe('QR tokens', () => {
  it('round-trips and fits a mini-program scene (≤ 32 chars, URL-safe)', () => {
    const token = encodeQrToken(fields, key1);
    expect(token).toMatch(/^[A-Za-z0-9_-]{26}$/);
    expect(decodeQrToken(token, [key1, key2])).toEqual(fields);
    const rotating = { ...fields, kind: 'rotating' as const, counter: 59_000_000 };
    expect(decodeQrToken(encodeQrToken(rotating, key1), [key1])).toEqual(rotating);
  });

  it('refuses every single-character alteration', () => {
    const token = encodeQrToken(fields, key1);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    for (let i = 0; i < token.length; i++) {
      const other = alphabet[(alphabet.indexOf(token[i]!) + 7) % alphabet.length]!;
      const altered = token.slice(0, i) + other + token.slice(i + 1);
      expect(decodeQrToken(altered, [key1, key2])).toBeNull();
    }
  });

  it('refuses a token signed with a key it does not hold, and keeps old keys working', () => {
    const signedByRetired = encodeQrToken({ ...fields, keyId: 2 }, key2);
    expect(decodeQrToken(signedByRetired, [key1])).toBeNull();
    expect(decodeQrToken(signedByRetired, [key1, key2])).toEqual({ ...fields, keyId: 2 });
    const forged = encodeQrToken(fields, { id: 1, secret: randomBytes(32) });
    expect(decodeQrToken(forged, [key1])).toBeNull();
  });

  it('refuses junk of every shape', () => {
    for (const junk of ['', 'x', 'a'.repeat(26), 'a'.repeat(27), "' OR 1=1 --", '<script>']) {
      expect(decodeQrToken(junk, [key1])).toBeNull();
    }
  });
});
