import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Account } from './account.entity';
import { AccountError } from './account.errors';
import type { Actor } from './actor';
import { AuthError } from './auth.errors';
import type { Principal } from './token.service';

/** How long an account's state is trusted before it is read again: a disabled account stops within this. */
export const ACCOUNT_STATE_TTL_MS = 3_000;
const CACHE_SIZE = 10_000;

interface AccountState {
  account: Account | null;
  loadedAt: number;
}

/**
 * Staff and organizer tokens are stateless, so each request also checks the account they name:
 * still there, not disabled, not issued before a password change or reset, scope unchanged,
 * and no password change pending (unless the route is the change itself). Read at most every
 * few seconds per account; a change made in this process is seen at once.
 */
@Injectable()
export class AccountSessions {
  private readonly states = new Map<string, AccountState>();

  constructor(@InjectRepository(Account) private readonly accounts: Repository<Account>) {}

  /** `issuedAt`: when the token was issued (ms, whole seconds as tokens carry it). */
  async check(principal: Principal, issuedAt: number, passwordChangeOpen: boolean): Promise<Actor> {
    const account = await this.load(principal.id);
    if (!account || account.role !== principal.role) throw AuthError.invalidToken();
    if ((account.venueId ?? undefined) !== principal.venueId) throw AuthError.invalidToken();
    if ((account.regionCode ?? undefined) !== principal.regionCode) throw AuthError.invalidToken();
    if (account.disabledAt) throw new AccountError('ACCOUNT_DISABLED');
    if (account.tokensValidAfter) {
      // Tokens carry whole seconds: one issued in the same second as the change still counts.
      const validFrom = Math.floor(account.tokensValidAfter.getTime() / 1000) * 1000;
      if (issuedAt < validFrom) {
        throw new AuthError('TOKEN_EXPIRED', '密码已修改或重置，请重新登录');
      }
    }
    if (account.mustChangePassword && !passwordChangeOpen) {
      throw new AccountError('PASSWORD_CHANGE_REQUIRED');
    }
    return {
      id: account.id,
      role: account.role,
      name: account.displayName,
      venueId: account.venueId,
      regionCode: account.regionCode,
    };
  }

  /** After a change to an account in this process: the next request reads it again. */
  forget(accountId: string): void {
    this.states.delete(accountId);
  }

  /** After accounts changed behind the app's back (a test resetting its database). */
  forgetAll(): void {
    this.states.clear();
  }

  private async load(id: string): Promise<Account | null> {
    const now = Date.now();
    const known = this.states.get(id);
    if (known && now - known.loadedAt < ACCOUNT_STATE_TTL_MS) return known.account;
    const account = await this.accounts.findOneBy({ id });
    if (this.states.size >= CACHE_SIZE) this.states.clear();
    this.states.set(id, { account, loadedAt: now });
    return account;
  }
}
