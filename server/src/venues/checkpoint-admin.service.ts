import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type {
  AdminCheckpointDto,
  CheckpointContent,
  CheckpointWriteResponse,
} from '@xinghuo/shared';
import { type DataSource, type EntityManager, In, IsNull, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/actor';
import { assertManagesVenue } from '../auth/scope';
import { CatalogService } from '../catalog/catalog.service';
import { NotFoundError, ValidationError } from '../common/app-error';
import { DisplayLink } from '../display/display-link.entity';
import { ReviewService } from '../reviews/review.service';
import { Checkpoint } from './checkpoint.entity';
import type {
  CreateCheckpointDto,
  ReorderCheckpointsDto,
  RevokeCodesDto,
  UpdateCheckpointDto,
} from './checkpoint-admin.dto';
import { ContentError } from './content.errors';
import { checkCard } from './content.rules';
import { toAdminCheckpointDto } from './venue-admin.mappers';
import { checkpointColumns, checkpointContentOf, diff } from './venue-content';
import { Venue } from './venue.entity';

const LOCK = { mode: 'pessimistic_write' } as const;

/**
 * Checkpoints of one venue: added, edited, reordered, switched off, codes revoked. Name and
 * science card are public text (reviewed); on/off and code mode apply at once.
 */
@Injectable()
export class CheckpointAdminService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Venue) private readonly venues: Repository<Venue>,
    @InjectRepository(Checkpoint) private readonly checkpoints: Repository<Checkpoint>,
    @InjectRepository(DisplayLink) private readonly links: Repository<DisplayLink>,
    private readonly catalog: CatalogService,
    private readonly reviews: ReviewService,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, venueId: string): Promise<AdminCheckpointDto[]> {
    await this.venueOf(actor, venueId);
    const rows = await this.checkpoints.find({
      where: { venueId },
      order: { sortOrder: 'ASC', codeNo: 'ASC' },
    });
    return this.dtos(rows);
  }

  async create(
    actor: Actor,
    venueId: string,
    dto: CreateCheckpointDto,
  ): Promise<CheckpointWriteResponse> {
    const content: CheckpointContent = { name: dto.name, card: checkCard(dto.card) };
    const venue = await this.venueOf(actor, venueId);
    const organizer = actor.role === 'organizer';
    const { checkpoint, reviewId } = await this.dataSource.transaction(async (tx) => {
      await tx.getRepository(Venue).findOne({ where: { id: venueId }, lock: LOCK });
      const repo = tx.getRepository(Checkpoint);
      const last = await repo.maximum('sortOrder', { venueId });
      const saved = await repo.save(
        repo.create({
          venueId,
          ...checkpointColumns(content),
          qrMode: dto.qrMode ?? 'static',
          active: dto.active ?? true,
          sortOrder: (last ?? -1) + 1,
          live: organizer,
        }),
      );
      await this.record(tx, actor, saved, venue, 'checkpoint.create', null, {
        ...content,
        qrMode: saved.qrMode,
        active: saved.active,
        live: saved.live,
      });
      const review = organizer
        ? null
        : await this.reviews.propose(tx, actor, {
            subject: 'checkpoint',
            subjectId: saved.id,
            venueId,
            regionCode: venue.regionCode,
            before: null,
            after: content,
          });
      await this.catalog.announce(tx);
      return { checkpoint: saved, reviewId: review?.id ?? null };
    });
    await this.catalog.refresh();
    return { checkpoint: (await this.dtos([checkpoint]))[0]!, reviewId };
  }

  async update(
    actor: Actor,
    id: string,
    dto: UpdateCheckpointDto,
  ): Promise<CheckpointWriteResponse> {
    const card = dto.card && checkCard(dto.card);
    const found = await this.checkpoints.findOneBy({ id });
    if (!found) throw new NotFoundError('打卡点');
    const venue = await this.venueOf(actor, found.venueId);
    const outcome = await this.dataSource.transaction(async (tx) => {
      const repo = tx.getRepository(Checkpoint);
      const checkpoint = await repo.findOne({ where: { id }, lock: LOCK });
      if (!checkpoint) throw new NotFoundError('打卡点');
      if (checkpoint.version !== dto.version) throw ContentError.stale();
      const next: Checkpoint = { ...checkpoint };
      if (dto.qrMode !== undefined) next.qrMode = dto.qrMode;
      if (dto.active !== undefined) next.active = dto.active;
      let reviewId: string | null = null;
      if (dto.name !== undefined || card) {
        const patch = {
          ...(dto.name !== undefined ? { name: dto.name } : {}),
          ...(card ? { card } : {}),
        };
        if (actor.role === 'organizer') {
          Object.assign(next, checkpointColumns(patch));
        } else {
          const { pending } = await this.reviews.stateOf([id]);
          const base =
            (pending.get(id)?.after as unknown as CheckpointContent | undefined) ??
            checkpointContentOf(checkpoint);
          const proposed = { ...base, ...patch };
          if (JSON.stringify(proposed) !== JSON.stringify(base)) {
            reviewId = (
              await this.reviews.propose(tx, actor, {
                subject: 'checkpoint',
                subjectId: id,
                venueId: venue.id,
                regionCode: venue.regionCode,
                before: checkpoint.live ? checkpointContentOf(checkpoint) : null,
                after: proposed,
              })
            ).id;
          }
        }
      }
      const live = diff(fieldsOf(checkpoint), fieldsOf(next));
      if (!live && !reviewId) return { reviewId, changed: false };
      next.version = checkpoint.version + 1;
      await repo.save(next);
      if (live) {
        await this.record(tx, actor, next, venue, 'checkpoint.update', live.before, live.after);
        await this.catalog.announce(tx);
      }
      return { reviewId, changed: !!live };
    });
    if (outcome.changed) await this.catalog.refresh();
    const fresh = await this.checkpoints.findOneByOrFail({ id });
    return { checkpoint: (await this.dtos([fresh]))[0]!, reviewId: outcome.reviewId };
  }

  /** Every checkpoint of the venue exactly once, each with the version the caller read. */
  async reorder(
    actor: Actor,
    venueId: string,
    dto: ReorderCheckpointsDto,
  ): Promise<AdminCheckpointDto[]> {
    const venue = await this.venueOf(actor, venueId);
    await this.dataSource.transaction(async (tx) => {
      const repo = tx.getRepository(Checkpoint);
      const rows = await repo.find({ where: { venueId }, lock: LOCK, order: { sortOrder: 'ASC' } });
      const byId = new Map(rows.map((c) => [c.id, c]));
      const ids = dto.items.map((i) => i.id);
      if (
        new Set(ids).size !== ids.length ||
        ids.length !== rows.length ||
        ids.some((i) => !byId.has(i))
      ) {
        throw new ValidationError('items', 'items must list every checkpoint of the venue once');
      }
      const before = rows.map((c) => c.id);
      for (const [position, item] of dto.items.entries()) {
        const c = byId.get(item.id)!;
        if (c.version !== item.version) throw ContentError.stale();
        if (c.sortOrder !== position) {
          await repo.update({ id: c.id }, { sortOrder: position, version: c.version + 1 });
        }
      }
      await this.audit.record(tx, actor, {
        action: 'venue.reorder_checkpoints',
        entityType: 'venue',
        entityId: venueId,
        venueId,
        regionCode: venue.regionCode,
        before: { order: before },
        after: { order: ids },
      });
      await this.catalog.announce(tx);
    });
    await this.catalog.refresh();
    return this.list(actor, venueId);
  }

  /** Bumps qr_version: every printed code of the checkpoint is refused as QR_REVOKED from now on. */
  async revokeCodes(actor: Actor, id: string, dto: RevokeCodesDto): Promise<AdminCheckpointDto> {
    if (dto.confirm !== true) {
      throw new ContentError(
        'CONFIRMATION_REQUIRED',
        '作废后已张贴的二维码海报将全部失效，请确认后再提交',
        {
          field: 'confirm',
        },
      );
    }
    const found = await this.checkpoints.findOneBy({ id });
    if (!found) throw new NotFoundError('打卡点');
    const venue = await this.venueOf(actor, found.venueId);
    await this.dataSource.transaction(async (tx) => {
      const repo = tx.getRepository(Checkpoint);
      const checkpoint = await repo.findOne({ where: { id }, lock: LOCK });
      if (!checkpoint) throw new NotFoundError('打卡点');
      if (checkpoint.version !== dto.version) throw ContentError.stale();
      await repo.update(
        { id },
        { qrVersion: checkpoint.qrVersion + 1, version: checkpoint.version + 1 },
      );
      await this.record(
        tx,
        actor,
        checkpoint,
        venue,
        'checkpoint.revoke_codes',
        { qrVersion: checkpoint.qrVersion },
        { qrVersion: checkpoint.qrVersion + 1 },
      );
      await this.catalog.announce(tx);
    });
    await this.catalog.refresh();
    return (await this.dtos([await this.checkpoints.findOneByOrFail({ id })]))[0]!;
  }

  private async venueOf(actor: Actor, venueId: string): Promise<Venue> {
    const venue = await this.venues.findOneBy({ id: venueId });
    if (!venue) throw new NotFoundError('场馆');
    assertManagesVenue(actor, venue, (await this.catalog.get()).regionTree);
    return venue;
  }

  private record(
    tx: EntityManager,
    actor: Actor,
    checkpoint: Checkpoint,
    venue: Venue,
    action: string,
    before: object | null,
    after: object,
  ): Promise<void> {
    return this.audit.record(tx, actor, {
      action,
      entityType: 'checkpoint',
      entityId: checkpoint.id,
      venueId: venue.id,
      regionCode: venue.regionCode,
      before,
      after,
    });
  }

  private async dtos(rows: Checkpoint[]): Promise<AdminCheckpointDto[]> {
    const ids = rows.map((c) => c.id);
    const [{ latest, pending }, links] = await Promise.all([
      this.reviews.stateOf(ids),
      ids.length ? this.links.find({ where: { checkpointId: In(ids), revokedAt: IsNull() } }) : [],
    ]);
    return rows.map((c) =>
      toAdminCheckpointDto(c, {
        latest: latest.get(c.id),
        pending: pending.get(c.id),
        displayLinks: links.filter((l) => l.checkpointId === c.id).length,
      }),
    );
  }
}

function fieldsOf(c: Checkpoint): Record<string, unknown> {
  return { ...checkpointContentOf(c), qrMode: c.qrMode, active: c.active };
}
