import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import {
  type CreateDisplayLinkResponse,
  type DisplayCode,
  type DisplayCodeResponse,
  type DisplayLinkDto,
  ROTATING_QR_PERIOD_SECONDS,
} from '@xinghuo/shared';
import { type DataSource, In, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Account } from '../auth/account.entity';
import type { Actor } from '../auth/actor';
import { assertManagesVenue } from '../auth/scope';
import { CatalogService } from '../catalog/catalog.service';
import { NotFoundError } from '../common/app-error';
import { CLOCK, type Clock } from '../common/clock';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { QrService } from '../qr/qr.service';
import { RateLimiter, type RateRule } from '../rate-limits/rate-limiter';
import { Checkpoint } from '../venues/checkpoint.entity';
import { ContentError } from '../venues/content.errors';
import { Venue } from '../venues/venue.entity';
import { DisplayLink } from './display-link.entity';

/** 32 random bytes, base64url. */
export const DISPLAY_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
const SEEN_EVERY_MS = 60_000;
/** A screen polls every few seconds; far more than that is someone else using the link. */
const FETCH_RULE: RateRule = { name: 'display-link', limit: 120, windowMs: 60_000 };

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Display links: a screen beside a rotating checkpoint shows its current code without anyone's
 * login. The link can fetch that one checkpoint's code and nothing else; only its hash is kept.
 */
@Injectable()
export class DisplayService {
  private readonly seen = new Map<string, number>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(DisplayLink) private readonly links: Repository<DisplayLink>,
    @InjectRepository(Checkpoint) private readonly checkpoints: Repository<Checkpoint>,
    @InjectRepository(Account) private readonly accounts: Repository<Account>,
    private readonly catalog: CatalogService,
    private readonly qr: QrService,
    private readonly audit: AuditService,
    private readonly limiter: RateLimiter,
  ) {}

  async list(actor: Actor, checkpointId: string): Promise<DisplayLinkDto[]> {
    await this.checkpointIn(actor, checkpointId);
    const rows = await this.links.find({ where: { checkpointId }, order: { createdAt: 'DESC' } });
    return this.dtos(rows);
  }

  async create(
    actor: Actor,
    checkpointId: string,
    label: string,
  ): Promise<CreateDisplayLinkResponse> {
    const { checkpoint, venue } = await this.checkpointIn(actor, checkpointId);
    if (checkpoint.qrMode !== 'rotating') throw new ContentError('CHECKPOINT_NOT_ROTATING');
    const token = randomBytes(32).toString('base64url');
    const link = await this.dataSource.transaction(async (tx) => {
      const repo = tx.getRepository(DisplayLink);
      const saved = await repo.save(
        repo.create({ checkpointId, secretHash: hashOf(token), label, createdBy: actor.id }),
      );
      await this.audit.record(tx, actor, {
        action: 'display_link.create',
        entityType: 'display_link',
        entityId: saved.id,
        venueId: venue.id,
        regionCode: venue.regionCode,
        after: { checkpointId, label },
      });
      return saved;
    });
    const [dto] = await this.dtos([link]);
    return { link: dto!, token, url: `${this.config.publicBaseUrl}/d/${token}` };
  }

  async revoke(actor: Actor, id: string): Promise<DisplayLinkDto> {
    const found = await this.links.findOneBy({ id });
    if (!found) throw new NotFoundError('展示链接');
    const { venue } = await this.checkpointIn(actor, found.checkpointId);
    const link = await this.dataSource.transaction(async (tx) => {
      const repo = tx.getRepository(DisplayLink);
      const row = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!row) throw new NotFoundError('展示链接');
      if (row.revokedAt) return row;
      row.revokedAt = new Date(this.clock.now());
      await repo.save(row);
      await this.audit.record(tx, actor, {
        action: 'display_link.revoke',
        entityType: 'display_link',
        entityId: id,
        venueId: venue.id,
        regionCode: venue.regionCode,
        before: { revoked: false },
        after: { revoked: true },
      });
      return row;
    });
    return (await this.dtos([link]))[0]!;
  }

  /** The public screen's one power: this checkpoint's current and next rotating code. */
  async code(token: string): Promise<DisplayCodeResponse> {
    if (!DISPLAY_TOKEN_PATTERN.test(token)) throw new NotFoundError('展示链接');
    const secretHash = hashOf(token);
    await this.limiter.take({ rule: FETCH_RULE, key: secretHash });
    const link = await this.links.findOneBy({ secretHash });
    if (!link) throw new NotFoundError('展示链接');
    if (link.revokedAt) throw new ContentError('DISPLAY_LINK_REVOKED');
    const snapshot = await this.catalog.get();
    const checkpoint = snapshot.checkpoints.get(link.checkpointId);
    const venue = checkpoint && snapshot.venues.get(checkpoint.venueId);
    if (!checkpoint || !venue) throw new NotFoundError('打卡点');
    if (checkpoint.qrMode !== 'rotating') throw new ContentError('CHECKPOINT_NOT_ROTATING');
    const now = this.clock.now();
    this.markSeen(link, now);
    const at = (ms: number): DisplayCode => {
      const p = this.qr.payload(checkpoint, new Date(ms));
      const refreshAt = p.refreshAt!;
      const validFrom = new Date(Date.parse(refreshAt) - ROTATING_QR_PERIOD_SECONDS * 1000);
      return { token: p.token, url: p.url, validFrom: validFrom.toISOString(), refreshAt };
    };
    return {
      checkpointId: checkpoint.id,
      checkpointName: checkpoint.name,
      venueName: venue.name,
      current: at(now),
      next: at(now + ROTATING_QR_PERIOD_SECONDS * 1000),
      serverTime: new Date(now).toISOString(),
    };
  }

  private markSeen(link: DisplayLink, now: number): void {
    if (now - (this.seen.get(link.id) ?? 0) < SEEN_EVERY_MS) return;
    this.seen.set(link.id, now);
    void this.links.update({ id: link.id }, { lastSeenAt: new Date(now) }).catch(() => undefined);
  }

  private async checkpointIn(
    actor: Actor,
    checkpointId: string,
  ): Promise<{ checkpoint: Checkpoint; venue: Venue }> {
    const checkpoint = await this.checkpoints.findOne({
      where: { id: checkpointId },
      relations: { venue: true },
    });
    if (!checkpoint?.venue) throw new NotFoundError('打卡点');
    assertManagesVenue(actor, checkpoint.venue, (await this.catalog.get()).regionTree);
    return { checkpoint, venue: checkpoint.venue };
  }

  private async dtos(rows: DisplayLink[]): Promise<DisplayLinkDto[]> {
    const ids = [...new Set(rows.map((r) => r.createdBy))];
    const people = new Map(
      ids.length
        ? (await this.accounts.findBy({ id: In(ids) })).map((a) => [a.id, a.displayName])
        : [],
    );
    return rows.map((r) => ({
      id: r.id,
      checkpointId: r.checkpointId,
      label: r.label,
      createdAt: r.createdAt.toISOString(),
      createdBy: { id: r.createdBy, displayName: people.get(r.createdBy) ?? '' },
      revokedAt: r.revokedAt?.toISOString() ?? null,
      lastSeenAt: r.lastSeenAt?.toISOString() ?? null,
    }));
  }
}
