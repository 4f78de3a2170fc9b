import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { CONTENT_LIMITS, type MeResponse, type SessionResponse } from '@xinghuo/shared';
import { DataSource, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { CatalogService } from '../catalog/catalog.service';
import { CLOCK, type Clock } from '../common/clock';
import { RateLimiter } from '../common/rate-limiter';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { Visitor } from '../visitors/visitor.entity';
import { Account } from './account.entity';
import { AccountError } from './account.errors';
import { AccountSessions } from './account-sessions';
import type { Actor } from './actor';
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
    @Inject(CLOCK) private readonly clock: Clock,
    @InjectRepository(Visitor) private readonly visitors: Repository<Visitor>,
    @InjectRepository(Account) private readonly accounts: Repository<Account>,
    private readonly tokens: TokenService,
    private readonly wechatClient: WechatClient,
    private readonly dataSource: DataSource,
    private readonly sessions: AccountSessions,
    private readonly audit: AuditService,
    private readonly catalog: CatalogService,
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
    if (account.disabledAt) throw new AccountError('ACCOUNT_DISABLED');
    return this.accountSession(account);
  }

  /**
   * Changes the caller's own password and ends every other session of the account (tokens
   * issued before now stop working); answers with a fresh token so this one goes on.
   */
  async changePassword(
    actor: Actor,
    currentPassword: string,
    newPassword: string,
  ): Promise<SessionResponse> {
    const account = await this.accounts.findOneByOrFail({ id: actor.id });
    // Guessing the current password through a stolen session is throttled like signing in.
    this.loginLimiter.take(account.username.toLowerCase());
    if (!(await verifyPassword(currentPassword, account.passwordHash))) {
      throw new AccountError('PASSWORD_INCORRECT', undefined, { field: 'currentPassword' });
    }
    if (newPassword.length < CONTENT_LIMITS.passwordMin) {
      throw AccountError.weakPassword(`新密码至少 ${CONTENT_LIMITS.passwordMin} 位`);
    }
    if (newPassword === currentPassword) throw AccountError.weakPassword('新密码不能与原密码相同');
    if (newPassword.toLowerCase().includes(account.username.toLowerCase())) {
      throw AccountError.weakPassword('新密码不能包含用户名');
    }
    const passwordHash = await hashPassword(newPassword);
    const now = new Date(this.clock.now());
    const changed = await this.dataSource.transaction(async (tx) => {
      const saved = await tx.getRepository(Account).save({
        ...account,
        passwordHash,
        mustChangePassword: false,
        tokensValidAfter: now,
        version: account.version + 1,
      });
      await this.audit.record(tx, actor, {
        action: 'account.change_password',
        entityType: 'account',
        entityId: account.id,
        venueId: account.venueId,
        regionCode: await this.accountRegion(account),
        before: { mustChangePassword: account.mustChangePassword },
        after: { mustChangePassword: false },
      });
      return saved;
    });
    this.sessions.forget(account.id);
    return this.accountSession(changed);
  }

  async me(actor: Actor): Promise<MeResponse> {
    const account = await this.accounts.findOneByOrFail({ id: actor.id });
    const snapshot = await this.catalog.get();
    const venue = account.venueId ? snapshot.venues.get(account.venueId) : undefined;
    const regionCode = venue?.regionCode ?? account.regionCode;
    return {
      id: account.id,
      username: account.username,
      role: account.role,
      displayName: account.displayName,
      mustChangePassword: account.mustChangePassword,
      venue: venue ? { id: venue.id, name: venue.name, status: venue.status } : null,
      region: regionCode ? snapshot.regionTree.withAncestors(regionCode) : null,
    };
  }

  /** The region an account belongs to: its venue's, or the organizer's own. */
  private async accountRegion(account: Account): Promise<string | null> {
    if (account.regionCode) return account.regionCode;
    const snapshot = await this.catalog.get();
    return snapshot.venues.get(account.venueId ?? '')?.regionCode ?? null;
  }

  private accountSession(account: Account): SessionResponse {
    const principal: Principal =
      account.role === 'staff'
        ? { role: 'staff', id: account.id, venueId: account.venueId ?? undefined }
        : { role: 'organizer', id: account.id, regionCode: account.regionCode ?? undefined };
    const { token, expiresAt } = this.tokens.issue(principal, this.config.accountTokenTtlHours);
    return {
      token,
      expiresAt: expiresAt.toISOString(),
      principal: { ...principal, displayName: account.displayName },
      mustChangePassword: account.mustChangePassword,
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
