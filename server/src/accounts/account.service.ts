import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { AccountDto, AccountWithPasswordResponse, Page } from '@xinghuo/shared';
import { type DataSource, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Account } from '../auth/account.entity';
import { AccountSessions } from '../auth/account-sessions';
import type { Actor } from '../auth/actor';
import { hashPassword } from '../auth/password';
import { organizerCovers } from '../auth/scope';
import { type CatalogSnapshot, CatalogService } from '../catalog/catalog.service';
import { ForbiddenError, NotFoundError, ValidationError } from '../common/app-error';
import { CLOCK, type Clock } from '../common/clock';
import { pageOf, pageWindow } from '../common/paging';
import { ContentError } from '../venues/content.errors';
import type { AccountActionDto, AccountQueryDto, CreateAccountDto } from './account.dto';
import { toAccountDto } from './account.mappers';
import { insertAccount, temporaryPassword } from './temporary-password';

type Action = 'disable' | 'enable' | 'reset_password';

/**
 * Organizers manage staff of the venues in their subtree and organizers of regions strictly
 * below their own: never their own level, above it or beside it.
 */
@Injectable()
export class AccountService {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Account) private readonly accounts: Repository<Account>,
    private readonly catalog: CatalogService,
    private readonly sessions: AccountSessions,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, query: AccountQueryDto): Promise<Page<AccountDto>> {
    const snapshot = await this.catalog.get();
    const tree = snapshot.regionTree;
    const root = tree.byCode.get(actor.regionCode ?? '')?.path ?? '\u0000';
    const within = query.region ? tree.byCode.get(query.region)?.path : undefined;
    if (query.region && !within)
      throw new ContentError('REGION_UNKNOWN', undefined, { field: 'region' });
    if (within && !within.startsWith(root)) throw new ForbiddenError('只能查看本辖区的账号');
    const qb = this.accounts
      .createQueryBuilder('a')
      .leftJoin('venue', 'v', 'v.id = a.venue_id')
      .innerJoin('region', 'g', 'g.code = coalesce(v.region_code, a.region_code)')
      .where('g.path LIKE :path', { path: `${within ?? root}%` })
      .andWhere(`NOT (a.role = 'organizer' AND a.region_code = :own)`, { own: actor.regionCode });
    if (query.role) qb.andWhere('a.role = :role', { role: query.role });
    if (query.venueId) qb.andWhere('a.venue_id = :venueId', { venueId: query.venueId });
    if (query.disabled !== undefined) {
      qb.andWhere(query.disabled ? 'a.disabled_at IS NOT NULL' : 'a.disabled_at IS NULL');
    }
    if (query.q) {
      qb.andWhere('(a.username ILIKE :q OR a.display_name ILIKE :q)', {
        q: `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
      });
    }
    const { skip, pageSize } = pageWindow(query);
    const [rows, total] = await qb
      .orderBy('a.role')
      .addOrderBy('a.username')
      .skip(skip)
      .take(pageSize)
      .getManyAndCount();
    return pageOf(
      rows.map((a) => toAccountDto(a, snapshot)),
      total,
      query,
    );
  }

  async create(actor: Actor, dto: CreateAccountDto): Promise<AccountWithPasswordResponse> {
    const snapshot = await this.catalog.get();
    let regionCode: string;
    if (dto.role === 'staff') {
      if (dto.regionCode !== undefined)
        throw new ValidationError('regionCode', 'staff accounts name a venue, not a region');
      if (!dto.venueId) throw new ValidationError('venueId', 'staff accounts need venueId');
      const venue = snapshot.venues.get(dto.venueId);
      if (!venue) throw new NotFoundError('场馆');
      regionCode = venue.regionCode;
    } else {
      if (dto.venueId !== undefined)
        throw new ValidationError('venueId', 'organizer accounts name a region, not a venue');
      if (!dto.regionCode)
        throw new ValidationError('regionCode', 'organizer accounts need regionCode');
      if (!snapshot.regionTree.byCode.has(dto.regionCode)) {
        throw new ContentError('REGION_UNKNOWN', undefined, { field: 'regionCode' });
      }
      regionCode = dto.regionCode;
    }
    this.assertManages(actor, dto.role, regionCode, snapshot);
    const { account, password } = await this.dataSource.transaction(async (tx) => {
      const made = await insertAccount(tx, {
        username: dto.username,
        displayName: dto.displayName,
        role: dto.role,
        venueId: dto.role === 'staff' ? dto.venueId! : null,
        regionCode: dto.role === 'organizer' ? regionCode : null,
      });
      await this.audit.record(tx, actor, {
        action: 'account.create',
        entityType: 'account',
        entityId: made.account.id,
        venueId: made.account.venueId,
        regionCode,
        after: {
          username: made.account.username,
          displayName: made.account.displayName,
          role: made.account.role,
          venueId: made.account.venueId,
          regionCode: made.account.regionCode,
        },
      });
      return made;
    });
    return { account: toAccountDto(account, snapshot), temporaryPassword: password };
  }

  disable(actor: Actor, id: string, dto: AccountActionDto): Promise<AccountDto> {
    return this.act(actor, id, dto, 'disable').then((r) => r.account);
  }

  enable(actor: Actor, id: string, dto: AccountActionDto): Promise<AccountDto> {
    return this.act(actor, id, dto, 'enable').then((r) => r.account);
  }

  /** A new temporary password; every session the account had ends. */
  async resetPassword(
    actor: Actor,
    id: string,
    dto: AccountActionDto,
  ): Promise<AccountWithPasswordResponse> {
    const { account, password } = await this.act(actor, id, dto, 'reset_password');
    return { account, temporaryPassword: password! };
  }

  private async act(
    actor: Actor,
    id: string,
    dto: AccountActionDto,
    action: Action,
  ): Promise<{ account: AccountDto; password?: string }> {
    const snapshot = await this.catalog.get();
    const password = action === 'reset_password' ? temporaryPassword() : undefined;
    const passwordHash = password ? await hashPassword(password) : undefined;
    const now = new Date(this.clock.now());
    const saved = await this.dataSource.transaction(async (tx) => {
      const repo = tx.getRepository(Account);
      const account = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!account) throw new NotFoundError('账号');
      const regionCode =
        account.regionCode ?? snapshot.venues.get(account.venueId ?? '')?.regionCode ?? '';
      this.assertManages(actor, account.role, regionCode, snapshot);
      if (account.version !== dto.version) throw ContentError.stale();
      const before = {
        disabled: account.disabledAt !== null,
        mustChangePassword: account.mustChangePassword,
      };
      const next: Account = { ...account, version: account.version + 1 };
      if (action === 'disable') next.disabledAt = account.disabledAt ?? now;
      if (action === 'enable') next.disabledAt = null;
      if (passwordHash)
        Object.assign(next, { passwordHash, mustChangePassword: true, tokensValidAfter: now });
      const result = await repo.save(next);
      await this.audit.record(tx, actor, {
        action: `account.${action}`,
        entityType: 'account',
        entityId: id,
        venueId: account.venueId,
        regionCode,
        before,
        after: {
          disabled: result.disabledAt !== null,
          mustChangePassword: result.mustChangePassword,
        },
      });
      return result;
    });
    this.sessions.forget(id);
    return { account: toAccountDto(saved, snapshot), password };
  }

  /** Staff of a venue in the subtree; organizers strictly below. */
  private assertManages(
    actor: Actor,
    role: 'staff' | 'organizer',
    regionCode: string,
    snapshot: CatalogSnapshot,
  ): void {
    const covered = organizerCovers(actor, regionCode, snapshot.regionTree);
    const below = role === 'staff' || regionCode !== actor.regionCode;
    if (!covered || !below) {
      throw new ForbiddenError(
        role === 'staff' ? '只能管理本辖区场馆的工作人员账号' : '只能管理下级地区的组织者账号',
      );
    }
  }
}
