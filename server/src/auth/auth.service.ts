import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { SessionResponse } from '@xinghuo/shared';
import { Repository } from 'typeorm';
import { CLOCK, type Clock } from '../common/clock';
import { RateLimiter } from '../common/rate-limiter';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { Visitor } from '../visitors/visitor.entity';
import { Account } from './account.entity';
import { AuthError } from './auth.errors';
import { hashPassword, verifyPassword } from './password';
import { type Principal, TokenService } from './token.service';
import { WechatClient } from './wechat.client';

@Injectable()
export class AuthService {
  private readonly loginLimiter: RateLimiter;
  /** Each guest is a new visitor row; before there is a visitor, the address is the only key. */
  private readonly guestLimiter: RateLimiter;
  /** Compared against when the username is unknown, so timing does not reveal which names exist. */
  private readonly dummyHash = hashPassword('no-such-account');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) clock: Clock,
    @InjectRepository(Visitor) private readonly visitors: Repository<Visitor>,
    @InjectRepository(Account) private readonly accounts: Repository<Account>,
    private readonly tokens: TokenService,
    private readonly wechatClient: WechatClient,
  ) {
    const now = () => clock.now();
    this.loginLimiter = new RateLimiter(config.loginRateLimitPerMinute, 60_000, now);
    this.guestLimiter = new RateLimiter(config.guestRateLimitPerMinute, 60_000, now);
  }

  async guest(clientAddress: string): Promise<SessionResponse> {
    this.guestLimiter.take(clientAddress);
    const visitor = await this.visitors.save(this.visitors.create({}));
    return this.visitorSession(visitor);
  }

  async wechat(code: string): Promise<SessionResponse> {
    const openid = await this.wechatClient.openidFor(code);
    await this.visitors.createQueryBuilder().insert().values({ openid }).orIgnore().execute();
    const visitor = await this.visitors.findOneByOrFail({ openid });
    return this.visitorSession(visitor);
  }

  async login(username: string, password: string): Promise<SessionResponse> {
    this.loginLimiter.take(username.toLowerCase());
    const account = await this.accounts.findOneBy({ username });
    const ok = await verifyPassword(password, account?.passwordHash ?? (await this.dummyHash));
    if (!account || !ok) throw new AuthError('INVALID_CREDENTIALS');
    const principal: Principal =
      account.role === 'staff'
        ? { role: 'staff', id: account.id, venueId: account.venueId ?? undefined }
        : { role: 'organizer', id: account.id, regionCode: account.regionCode ?? undefined };
    return this.session(principal, this.config.accountTokenTtlHours, account.displayName);
  }

  /**
   * Sliding sessions for visitors: a token past half its life is traded for a fresh one, so a
   * passport lives as long as its holder keeps coming back. A younger token is answered as it
   * is (no new token, no new slot in the verified-token memory). An erased visitor gets none.
   */
  async refresh(token: string): Promise<SessionResponse> {
    const current = this.tokens.inspect(token);
    const visitor = await this.visitors.findOneBy({ id: current.principal.id });
    if (!visitor) throw AuthError.visitorGone();
    if (!current.renewable) {
      return {
        token,
        expiresAt: new Date(current.expiresAt).toISOString(),
        refreshAfter: new Date(halfLife(current.issuedAt, current.expiresAt)).toISOString(),
        principal: { ...current.principal, displayName: visitor.nickname },
      };
    }
    return this.visitorSession(visitor);
  }

  private visitorSession(visitor: Visitor): SessionResponse {
    return this.session(
      { role: 'visitor', id: visitor.id },
      this.config.visitorTokenTtlHours,
      visitor.nickname,
    );
  }

  private session(principal: Principal, ttlHours: number, displayName: string | null) {
    const { token, issuedAt, expiresAt } = this.tokens.issue(principal, ttlHours);
    return {
      token,
      expiresAt: expiresAt.toISOString(),
      refreshAfter: new Date(halfLife(issuedAt.getTime(), expiresAt.getTime())).toISOString(),
      principal: { ...principal, displayName },
    };
  }
}

function halfLife(issuedAt: number, expiresAt: number): number {
  return issuedAt + Math.ceil((expiresAt - issuedAt) / 2);
}
