import { createHmac, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Role } from '@xinghuo/shared';
import { CLOCK, type Clock } from '../common/clock';
import { APP_CONFIG, type AppConfig, type SigningKey } from '../config/config';
import { AuthError } from './auth.errors';

/** Who is calling, as carried in the bearer token: enough to authorize without a database read. */
export interface Principal {
  role: Role;
  id: string;
  venueId?: string;
  regionCode?: string;
}

interface TokenPayload {
  r: Role;
  s: string;
  v?: string;
  g?: string;
  /** Issued at, seconds since epoch (absent in tokens issued before renewal existed). */
  i?: number;
  /** Expiry, seconds since epoch. */
  e: number;
  /** Signing key id; tokens issued before key ids existed were signed with key 0. */
  k?: number;
}

export interface VerifiedToken {
  principal: Principal;
  issuedAt: number;
  expiresAt: number;
  /** Past half its life: the holder should trade it for a fresh one. */
  renewable: boolean;
}

const ROLE_OF: Record<string, Role> = {
  visitor: 'visitor',
  staff: 'staff',
  organizer: 'organizer',
};

/** Tokens remembered as verified; past this many the memory starts afresh. */
const VERIFIED_CACHE_SIZE = 50_000;

/**
 * The one spelling accepted: unpadded base64url, a payload of a few hundred bytes and a
 * 32-byte HMAC-SHA256 in exactly 43 characters. The signature is then compared as text with
 * the one we compute, so a variant that decodes to the same bytes (trailing bits, padding,
 * characters a lenient decoder skips) is refused and never takes a slot in the cache.
 */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{1,900}\.[A-Za-z0-9_-]{43}$/;

/** Compact HMAC-signed tokens ("<payload>.<signature>", base64url), signed with key ids. */
@Injectable()
export class TokenService {
  /**
   * A visitor sends the same token with every scan; its signature is checked once. Only
   * verified tokens are kept, so a forged one can never be found here, and expiry is still
   * checked on every use.
   */
  private readonly verified = new Map<string, Omit<VerifiedToken, 'renewable'>>();
  private readonly keys: Map<number, Buffer>;
  private readonly activeKey: SigningKey;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.keys = new Map(config.authKeys.map((key) => [key.id, key.secret]));
    const active = config.authKeys.find((key) => key.id === config.authActiveKeyId);
    if (!active) throw new Error(`auth key ${config.authActiveKeyId} is not configured`);
    this.activeKey = active;
  }

  /** Times in whole seconds, as the token carries them. */
  issue(
    principal: Principal,
    ttlHours: number,
    now = this.clock.now(),
  ): { token: string; issuedAt: Date; expiresAt: Date } {
    const issuedAt = Math.floor(now / 1000);
    const payload: TokenPayload = {
      r: principal.role,
      s: principal.id,
      i: issuedAt,
      e: issuedAt + ttlHours * 3600,
      k: this.activeKey.id,
    };
    if (principal.venueId) payload.v = principal.venueId;
    if (principal.regionCode) payload.g = principal.regionCode;
    const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
    return {
      token: `${body}.${this.sign(body, this.activeKey.secret)}`,
      issuedAt: new Date(issuedAt * 1000),
      expiresAt: new Date(payload.e * 1000),
    };
  }

  verify(token: string, now = this.clock.now()): Principal {
    return this.inspect(token, now).principal;
  }

  /** Verifies a token and says how far through its life it is. */
  inspect(token: string, now = this.clock.now()): VerifiedToken {
    const known = this.verified.get(token) ?? this.check(token, now);
    if (known.expiresAt <= now) throw new AuthError('TOKEN_EXPIRED');
    return { ...known, renewable: now - known.issuedAt >= (known.expiresAt - known.issuedAt) / 2 };
  }

  private check(token: string, now: number): Omit<VerifiedToken, 'renewable'> {
    if (!TOKEN_SHAPE.test(token)) throw AuthError.invalidToken();
    const dot = token.indexOf('.');
    const body = token.slice(0, dot);
    let payload: TokenPayload;
    try {
      payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as TokenPayload;
    } catch {
      throw AuthError.invalidToken();
    }
    const secret = this.keys.get(typeof payload?.k === 'number' ? payload.k : 0);
    if (!secret) throw AuthError.invalidToken();
    const given = Buffer.from(token.slice(dot + 1), 'latin1');
    const expected = Buffer.from(this.sign(body, secret), 'latin1');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw AuthError.invalidToken();
    }
    const role = ROLE_OF[payload.r];
    if (!role || typeof payload.s !== 'string' || typeof payload.e !== 'number') {
      throw AuthError.invalidToken();
    }
    const principal: Principal = Object.freeze({
      role,
      id: payload.s,
      ...(payload.v ? { venueId: payload.v } : {}),
      ...(payload.g ? { regionCode: payload.g } : {}),
    });
    const expiresAt = payload.e * 1000;
    if (expiresAt <= now) throw new AuthError('TOKEN_EXPIRED');
    // A token from before issue times were recorded counts as issued at once renewable.
    const issuedAt = typeof payload.i === 'number' ? payload.i * 1000 : 0;
    const entry = { principal, issuedAt, expiresAt };
    if (this.verified.size >= VERIFIED_CACHE_SIZE) this.verified.clear();
    this.verified.set(token, entry);
    return entry;
  }

  private sign(body: string, secret: Buffer): string {
    return createHmac('sha256', secret).update(body).digest('base64url');
  }
}
