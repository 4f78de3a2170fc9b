import { createHmac, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Role } from '@xinghuo/shared';
import { CLOCK, type Clock } from '../common/clock';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { AuthError } from './auth.errors';

/** Who is calling, as carried in the bearer token: enough to authorize without a database read. */
export interface Principal {
  role: Role;
  id: string;
  venueId?: string;
  regionCode?: string;
  /** When the token was issued (ms), so a password reset can end older sessions. */
  issuedAt?: number;
}

interface TokenPayload {
  r: Role;
  s: string;
  v?: string;
  g?: string;
  /** Issued at, milliseconds since epoch (a reset in the same second must still end it). */
  i?: number;
  /** Expiry, seconds since epoch. */
  e: number;
}

const ROLE_OF: Record<string, Role> = {
  visitor: 'visitor',
  staff: 'staff',
  organizer: 'organizer',
};

/** Tokens remembered as verified; past this many the memory starts afresh. */
const VERIFIED_CACHE_SIZE = 50_000;

/** Compact HMAC-signed tokens ("<payload>.<signature>", base64url). */
@Injectable()
export class TokenService {
  /**
   * A visitor sends the same token with every scan; its signature is checked once. Only
   * verified tokens are kept, so a forged one can never be found here, and expiry is still
   * checked on every use.
   */
  private readonly verified = new Map<string, { principal: Principal; expiresAt: number }>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  issue(
    principal: Principal,
    ttlHours: number,
    now = this.clock.now(),
  ): { token: string; expiresAt: Date } {
    const expiresAt = new Date(now + ttlHours * 3_600_000);
    const payload: TokenPayload = {
      r: principal.role,
      s: principal.id,
      i: Math.floor(now),
      e: Math.floor(expiresAt.getTime() / 1000),
    };
    if (principal.venueId) payload.v = principal.venueId;
    if (principal.regionCode) payload.g = principal.regionCode;
    const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
    return { token: `${body}.${this.sign(body)}`, expiresAt };
  }

  verify(token: string, now = this.clock.now()): Principal {
    const known = this.verified.get(token);
    if (known) {
      if (known.expiresAt <= now) throw new AuthError('TOKEN_EXPIRED');
      return known.principal;
    }
    const dot = token.indexOf('.');
    if (dot < 1 || token.length > 1024) throw AuthError.invalidToken();
    const body = token.slice(0, dot);
    const given = Buffer.from(token.slice(dot + 1), 'base64url');
    const expected = Buffer.from(this.sign(body), 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw AuthError.invalidToken();
    }
    let payload: TokenPayload;
    try {
      payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as TokenPayload;
    } catch {
      throw AuthError.invalidToken();
    }
    const role = ROLE_OF[payload.r];
    if (!role || typeof payload.s !== 'string' || typeof payload.e !== 'number') {
      throw AuthError.invalidToken();
    }
    if (payload.e * 1000 <= now) throw new AuthError('TOKEN_EXPIRED');
    const principal: Principal = Object.freeze({
      role,
      id: payload.s,
      ...(payload.v ? { venueId: payload.v } : {}),
      ...(payload.g ? { regionCode: payload.g } : {}),
      ...(typeof payload.i === 'number' ? { issuedAt: payload.i } : {}),
    });
    if (this.verified.size >= VERIFIED_CACHE_SIZE) this.verified.clear();
    this.verified.set(token, { principal, expiresAt: payload.e * 1000 });
    return principal;
  }

  private sign(body: string): string {
    return createHmac('sha256', this.config.authSecret).update(body).digest('base64url');
  }
}
