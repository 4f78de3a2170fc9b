import type { AppConfig } from '../config/config';
import { AppError } from '../common/app-error';
import { systemClock } from '../common/clock';
import { TokenService } from './token.service';

const service = new TokenService(
  { authSecret: Buffer.from('x'.repeat(32)) } as AppConfig,
  systemClock,
);
const other = new TokenService(
  { authSecret: Buffer.from('y'.repeat(32)) } as AppConfig,
  systemClock,
);

describe('TokenService', () => {
  it('round-trips a principal with its scope', () => {
    const now = 1_800_000_000_000;
    const { token } = service.issue({ role: 'organizer', id: 'o1', regionCode: '130200' }, 1, now);
    expect(service.verify(token, now)).toEqual({
      role: 'organizer',
      id: 'o1',
      regionCode: '130200',
      issuedAt: now,
    });
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
});
