import { createHmac } from 'node:crypto';
import type { AppConfig } from '../config/config';
import { AppError } from '../common/app-error';
import { systemClock } from '../common/clock';
import { TokenService } from './token.service';

function tokens(keys: Array<[number, string]>, activeKeyId = keys[keys.length - 1]![0]) {
  return new TokenService(
    {
      authKeys: keys.map(([id, secret]) => ({ id, secret: Buffer.from(secret) })),
      authActiveKeyId: activeKeyId,
    } as AppConfig,
    systemClock,
  );
}

const service = tokens([[0, 'x'.repeat(32)]]);
const other = tokens([[0, 'y'.repeat(32)]]);

describe('TokenService', () => {
  it('round-trips a principal with its scope', () => {
    const { token } = service.issue({ role: 'organizer', id: 'o1', regionCode: '130200' }, 1);
    expect(service.verify(token)).toEqual({ role: 'organizer', id: 'o1', regionCode: '130200' });
  });

  it('refuses tokens from another secret, altered payloads and expired tokens', () => {
    const { token } = service.issue({ role: 'staff', id: 's1', venueId: 'v1' }, 1);
    expect(() => other.verify(token)).toThrow(AppError);
    const [, sig] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ r: 'staff', s: 's1', v: 'v2', e: 9e9 })).toString(
      'base64url',
    );
    expect(() => service.verify(`${forged}.${sig}`)).toThrow(AppError);
    const old = service.issue({ role: 'visitor', id: 'x' }, 1, Date.now() - 2 * 3_600_000).token;
    expect(() => service.verify(old)).toThrow(expect.objectContaining({ code: 'TOKEN_EXPIRED' }));
  });

  it('still expires a token it has already verified, and never trusts one another key signed', () => {
    const now = Date.now();
    const { token } = service.issue({ role: 'visitor', id: 'v9' }, 1, now);
    expect(service.verify(token, now).id).toBe('v9');
    expect(service.verify(token, now + 1000).id).toBe('v9');
    expect(() => service.verify(token, now + 2 * 3_600_000)).toThrow(
      expect.objectContaining({ code: 'TOKEN_EXPIRED' }),
    );
    expect(() => other.verify(token, now)).toThrow(AppError);
  });

  describe('accepts exactly one spelling of a token', () => {
    const fresh = tokens([[0, 'z'.repeat(32)]]);
    const { token } = fresh.issue({ role: 'visitor', id: 'v1' }, 1);
    const [body, sig] = token.split('.') as [string, string];
    // The last base64url character of a 32-byte MAC carries 2 unused bits: flipping them decodes
    // to the same bytes, so a lenient decoder accepts it.
    const last = sig[sig.length - 1]!;
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const sibling = alphabet[alphabet.indexOf(last) ^ 1]!;

    it.each([
      ['trailing junk', `${token}!!!`],
      ['padding', `${token}=`],
      ['a character outside base64url', `${body}.${sig.slice(0, 10)}+${sig.slice(11)}`],
      ['non-canonical trailing bits', `${body}.${sig.slice(0, -1)}${sibling}`],
      ['a truncated signature', `${body}.${sig.slice(0, -1)}`],
      ['a second dot', `${body}.${sig}.x`],
      ['junk in the payload part', `${body}!.${sig}`],
    ])('refuses %s', (_, variant) => {
      expect(variant).not.toBe(token);
      expect(() => fresh.verify(variant)).toThrow(
        expect.objectContaining({ code: 'UNAUTHENTICATED' }),
      );
    });

    it('keeps only the canonical token in its memory of verified tokens', () => {
      fresh.verify(token);
      for (let i = 0; i < 5; i++)
        expect(() => fresh.verify(`${token}${'!'.repeat(i + 1)}`)).toThrow();
      expect((fresh as unknown as { verified: Map<string, unknown> }).verified.size).toBe(1);
    });
  });

  describe('signing keys', () => {
    const oldSecret = 'o'.repeat(32);
    const newSecret = 'n'.repeat(32);

    it('keeps verifying tokens of a configured older key while signing with the active one', () => {
      const before = tokens([[1, oldSecret]]);
      const issuedBefore = before.issue({ role: 'visitor', id: 'v1' }, 1).token;
      const rotated = tokens(
        [
          [1, oldSecret],
          [2, newSecret],
        ],
        2,
      );
      expect(rotated.verify(issuedBefore).id).toBe('v1');
      const issuedAfter = rotated.issue({ role: 'visitor', id: 'v2' }, 1).token;
      expect(() => before.verify(issuedAfter)).toThrow(AppError);
      expect(tokens([[2, newSecret]]).verify(issuedAfter).id).toBe('v2');
      // Once the old key is dropped its tokens are refused.
      expect(() => tokens([[2, newSecret]]).verify(issuedBefore)).toThrow(
        expect.objectContaining({ code: 'UNAUTHENTICATED' }),
      );
    });

    it('verifies tokens issued before key ids existed with key 0 (the AUTH_SECRET)', () => {
      const payload = Buffer.from(JSON.stringify({ r: 'visitor', s: 'legacy', e: 9e9 })).toString(
        'base64url',
      );
      const mac = createHmac('sha256', oldSecret).update(payload).digest('base64url');
      const legacy = `${payload}.${mac}`;
      expect(tokens([[0, oldSecret]]).verify(legacy).id).toBe('legacy');
      expect(
        tokens(
          [
            [0, oldSecret],
            [1, newSecret],
          ],
          1,
        ).verify(legacy).id,
      ).toBe('legacy');
      expect(() => tokens([[1, oldSecret]]).verify(legacy)).toThrow(AppError);
    });

    it('tells when a token is past half its life', () => {
      const now = Date.now();
      const { token } = service.issue({ role: 'visitor', id: 'v3' }, 10, now);
      expect(service.inspect(token, now + 4 * 3_600_000)).toMatchObject({ renewable: false });
      expect(service.inspect(token, now + 6 * 3_600_000)).toMatchObject({ renewable: true });
    });
  });
});
