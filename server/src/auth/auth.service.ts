import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { CONTENT_LIMITS, type MeResponse, type SessionResponse } from '@xinghuo/shared';
import { DataSource, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { CatalogService } from '../catalog/catalog.service';
import { CLOCK, type Clock } from '../common/clock';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { clientKey } from '../rate-limits/client-address';
import { RateLimiter, type RateRule } from '../rate-limits/rate-limiter';
import { Visitor } from '../visitors/visitor.entity';
import { Account } from './account.entity';
import { AccountError } from './account.errors';
import { AccountSessions } from './account-sessions';
import type { Actor } from './actor';
import { AuthError } from './auth.errors';
import { HashGate } from './hash-gate';
import { hashPassword, verifyPassword } from './password';
import { type Principal, TokenService } from './token.service';
import { WechatClient } from './wechat.client';

@Injectable()
export class AuthService {
  /**
   * Sign-in attempts per account name and client network, in tiers that act as a backoff
   * (a minute, then an hour, then a day), and per client network across names. Keyed by
   * network as well as name, so strangers elsewhere cannot lock a known account out.
   */
  private readonly loginRules: { address: RateRule; tiers: RateRule[] };
  /** Each guest is a new visitor row; before there is a visitor, the network is the only key. */
  private readonly guestRules: RateRule[];
  private readonly wechatRule: RateRule;
  /** Compared against when the username is unknown, so timing does not reveal which names exist. */
  private readonly dummyHash = hashPassword('no-such-account');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectRepository(Visitor) private readonly visitors: Repository<Visitor>,
    @InjectRepository(Account) private readonly accounts: Repository<Account>,
    private readonly tokens: TokenService,
    private readonly wechatClient: WechatClient,
    private readonly limiter: RateLimiter,
    private readonly hashes: HashGate,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly dataSource: DataSource,
    private readonly sessions: AccountSessions,
    private readonly audit: AuditService,
    private readonly catalog: CatalogService,
  ) {
    const perMinute = config.loginRateLimitPerMinute;
    this.loginRules = {
      address: {
        name: 'login-network',
        limit: config.loginAddressRateLimitPerMinute,
        windowMs: MINUTE,
      },
      tiers: [
        { name: 'login-minute', limit: perMinute, windowMs: MINUTE },
        { name: 'login-hour', limit: perMinute * 3, windowMs: 60 * MINUTE },
        { name: 'login-day', limit: perMinute * 10, windowMs: 24 * 60 * MINUTE },
      ],
    };
    this.guestRules = [
      { name: 'guest-minute', limit: config.guestRateLimitPerMinute, windowMs: MINUTE },
      { name: 'guest-hour', limit: config.guestRateLimitPerHour, windowMs: 60 * MINUTE },
    ];
    this.wechatRule = {
      name: 'wechat-minute',
      limit: config.wechatRateLimitPerMinute,
      windowMs: MINUTE,
    };
  }

  async guest(clientAddress: string): Promise<SessionResponse> {
    const key = clientKey(clientAddress);
    await this.limiter.take(...this.guestRules.map((rule) => ({ rule, key })));
    const visitor = await this.visitors.save(this.visitors.create({}));
    return this.visitorSession(visitor);
  }

  async wechat(code: string, clientAddress: string): Promise<SessionResponse> {
    await this.limiter.take({ rule: this.wechatRule, key: clientKey(clientAddress) });
    const openid = await this.wechatClient.openidFor(code);
    await this.visitors.createQueryBuilder().insert().values({ openid }).orIgnore().execute();
    const visitor = await this.visitors.findOneByOrFail({ openid });
    return this.visitorSession(visitor);
  }

  async login(username: string, password: string, clientAddress: string): Promise<SessionResponse> {
    const network = clientKey(clientAddress);
    const pair = `${username.toLowerCase()} ${network}`;
    await this.limiter.take(
      { rule: this.loginRules.address, key: network },
      ...this.loginRules.tiers.map((rule) => ({ rule, key: pair })),
    );
    const account = await this.accounts.findOneBy({ username });
    const stored = account?.passwordHash ?? (await this.dummyHash);
    const ok = await this.hashes.run(() => verifyPassword(password, stored));
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
    await this.limiter.take(
      ...this.loginRules.tiers.map((rule) => ({ rule, key: `password ${account.id}` })),
    );
    const ok = await this.hashes.run(() => verifyPassword(currentPassword, account.passwordHash));
    if (!ok) throw new AccountError('PASSWORD_INCORRECT', undefined, { field: 'currentPassword' });
    if (newPassword.length < CONTENT_LIMITS.passwordMin) {
      throw AccountError.weakPassword(`新密码至少 ${CONTENT_LIMITS.passwordMin} 位`);
    }
    if (newPassword === currentPassword) throw AccountError.weakPassword('新密码不能与原密码相同');
    if (newPassword.toLowerCase().includes(account.username.toLowerCase())) {
      throw AccountError.weakPassword('新密码不能包含用户名');
    }
    const passwordHash = await this.hashes.run(() => hashPassword(newPassword));
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
    return {
      ...this.session(principal, this.config.accountTokenTtlHours, account.displayName),
      mustChangePassword: account.mustChangePassword,
    };
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

const MINUTE = 60_000;

function halfLife(issuedAt: number, expiresAt: number): number {
  return issuedAt + Math.ceil((expiresAt - issuedAt) / 2);
}
