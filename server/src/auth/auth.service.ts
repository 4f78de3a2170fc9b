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
    const { token, expiresAt } = this.tokens.issue(principal, this.config.accountTokenTtlHours);
    return {
      token,
      expiresAt: expiresAt.toISOString(),
      principal: { ...principal, displayName: account.displayName },
    };
  }

  private visitorSession(visitor: Visitor): SessionResponse {
    const principal: Principal = { role: 'visitor', id: visitor.id };
    const { token, expiresAt } = this.tokens.issue(principal, this.config.visitorTokenTtlHours);
    return {
      token,
      expiresAt: expiresAt.toISOString(),
      principal: { ...principal, displayName: visitor.nickname },
    };
  }
}
