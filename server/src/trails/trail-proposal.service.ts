import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { AdminTrailDto } from '@xinghuo/shared';
import { type DataSource, type EntityManager, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/actor';
import { organizerCovers } from '../auth/scope';
import { type CatalogSnapshot, CatalogService } from '../catalog/catalog.service';
import { ForbiddenError, NotFoundError, ValidationError } from '../common/app-error';
import { CLOCK, type Clock } from '../common/clock';
import { Review } from '../reviews/review.entity';
import { ReviewService } from '../reviews/review.service';
import { ContentError } from '../venues/content.errors';
import type {
  ProposeTrailDto,
  TrailActionDto,
  TrailConsentDto,
  UpdateTrailProposalDto,
} from './trail-admin.dto';
import { stopsOf, trailContentOf } from './trail-admin.mappers';
import { TrailAdminService } from './trail-admin.service';
import { TrailConsent } from './trail-consent.entity';
import { TrailStop } from './trail-stop.entity';
import { Trail } from './trail.entity';

const LOCK = { mode: 'pessimistic_write' } as const;
/** States in which the proposer may still change the trail. */
const EDITABLE = ['draft', 'rejected', 'unpublished'];

/**
 * Trails designed jointly: a venue's staff propose, every other venue with a stop accepts or
 * declines, the proposer submits once all accepted, an organizer whose subtree holds every
 * stop reviews (ReviewService), and may take it down or put it back up.
 */
@Injectable()
export class TrailProposalService {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Review) private readonly reviewRows: Repository<Review>,
    private readonly catalog: CatalogService,
    private readonly audit: AuditService,
    private readonly reviews: ReviewService,
    private readonly admin: TrailAdminService,
  ) {}

  async propose(actor: Actor, dto: ProposeTrailDto): Promise<AdminTrailDto> {
    const snapshot = await this.catalog.get();
    const { venueIds, regionCode } = this.checkStops(dto.checkpointIds, snapshot);
    const id = await this.dataSource.transaction(async (tx) => {
      const repo = tx.getRepository(Trail);
      const { checkpointIds, ...fields } = dto;
      const trail = await repo.save(
        repo.create({ ...fields, regionCode, status: 'draft', proposedByVenueId: actor.venueId }),
      );
      await this.writeStops(tx, actor, trail.id, checkpointIds, venueIds);
      await this.record(
        tx,
        actor,
        trail,
        'trail.propose',
        null,
        trailContentOf(trail, stopsOf(checkpointIds, snapshot)),
      );
      return trail.id;
    });
    return this.admin.detail(actor, id);
  }

  /** Changing a trail asks every other venue again. */
  async update(actor: Actor, id: string, dto: UpdateTrailProposalDto): Promise<AdminTrailDto> {
    const snapshot = await this.catalog.get();
    await this.dataSource.transaction(async (tx) => {
      const trail = await this.locked(tx, id);
      this.assertProposer(actor, trail);
      if (trail.version !== dto.version) throw ContentError.stale();
      if (!EDITABLE.includes(trail.status)) {
        throw new ContentError('STATE_CONFLICT', '审核中或已发布的路线不能修改，请先下线');
      }
      const current = (
        await tx
          .getRepository(TrailStop)
          .find({ where: { trailId: id }, order: { position: 'ASC' } })
      ).map((s) => s.checkpointId);
      const checkpointIds = dto.checkpointIds ?? current;
      const { venueIds, regionCode } = this.checkStops(checkpointIds, snapshot);
      const { version: _version, checkpointIds: _ids, ...fields } = dto;
      const next: Trail = {
        ...trail,
        ...fields,
        regionCode,
        status: 'draft',
        version: trail.version + 1,
      };
      await tx.getRepository(Trail).save(next);
      await tx.getRepository(TrailStop).delete({ trailId: id });
      await tx.getRepository(TrailConsent).delete({ trailId: id });
      await this.writeStops(tx, actor, id, checkpointIds, venueIds);
      await this.record(
        tx,
        actor,
        next,
        'trail.update',
        trailContentOf(trail, stopsOf(current, snapshot)),
        trailContentOf(next, stopsOf(checkpointIds, snapshot)),
      );
    });
    return this.admin.detail(actor, id);
  }

  async consent(actor: Actor, id: string, dto: TrailConsentDto): Promise<AdminTrailDto> {
    await this.dataSource.transaction(async (tx) => {
      const trail = await this.locked(tx, id);
      const repo = tx.getRepository(TrailConsent);
      const mine = await repo.findOneBy({ trailId: id, venueId: actor.venueId ?? '' });
      if (!mine) throw new ForbiddenError('本场馆不在这条路线中');
      if (trail.proposedByVenueId === actor.venueId) {
        throw new ContentError('STATE_CONFLICT', '发起场馆无需确认');
      }
      if (trail.status !== 'draft')
        throw new ContentError('STATE_CONFLICT', '路线已提交审核或已发布');
      const before = { status: mine.status };
      await repo.update(
        { trailId: id, venueId: mine.venueId },
        {
          status: dto.decision,
          decidedBy: actor.id,
          decidedAt: new Date(this.clock.now()),
          comment: dto.comment ?? null,
        },
      );
      await this.record(tx, actor, trail, `trail.consent_${dto.decision}`, before, {
        venueId: mine.venueId,
        status: dto.decision,
        comment: dto.comment ?? null,
      });
    });
    return this.admin.detail(actor, id);
  }

  /** Once every venue has accepted: to the review queue of the organizers above all stops. */
  async submit(actor: Actor, id: string, dto: TrailActionDto): Promise<AdminTrailDto> {
    const snapshot = await this.catalog.get();
    await this.dataSource.transaction(async (tx) => {
      const trail = await this.locked(tx, id);
      this.assertProposer(actor, trail);
      if (trail.version !== dto.version) throw ContentError.stale();
      if (!EDITABLE.includes(trail.status)) throw new ContentError('STATE_CONFLICT');
      const consents = await tx.getRepository(TrailConsent).findBy({ trailId: id });
      if (consents.some((c) => c.status !== 'accepted')) throw new ContentError('TRAIL_NOT_READY');
      const stops = (
        await tx
          .getRepository(TrailStop)
          .find({ where: { trailId: id }, order: { position: 'ASC' } })
      ).map((s) => s.checkpointId);
      const lastApproved = await this.reviewRows.findOne({
        where: { subject: 'trail', subjectId: id, status: 'approved' },
        order: { decidedAt: 'DESC' },
      });
      await tx
        .getRepository(Trail)
        .update({ id }, { status: 'in_review', version: trail.version + 1 });
      await this.reviews.propose(tx, actor, {
        subject: 'trail',
        subjectId: id,
        venueId: trail.proposedByVenueId,
        regionCode: trail.regionCode,
        before: lastApproved?.after ?? null,
        after: trailContentOf(trail, stopsOf(stops, snapshot)),
      });
      await this.record(
        tx,
        actor,
        trail,
        'trail.submit',
        { status: trail.status },
        { status: 'in_review' },
      );
    });
    return this.admin.detail(actor, id);
  }

  /** Organizers above every stop: take a published trail down, or put an unchanged one back up. */
  async setPublished(
    actor: Actor,
    id: string,
    dto: TrailActionDto,
    publish: boolean,
  ): Promise<AdminTrailDto> {
    const { regionTree } = await this.catalog.get();
    await this.dataSource.transaction(async (tx) => {
      const trail = await this.locked(tx, id);
      if (!organizerCovers(actor, trail.regionCode, regionTree)) {
        throw new ForbiddenError('只能管理本辖区覆盖全部站点的路线');
      }
      if (trail.version !== dto.version) throw ContentError.stale();
      const from = publish ? 'unpublished' : 'published';
      if (trail.status !== from) throw new ContentError('STATE_CONFLICT');
      const status = publish ? 'published' : 'unpublished';
      await tx.getRepository(Trail).update({ id }, { status, version: trail.version + 1 });
      await this.record(
        tx,
        actor,
        trail,
        publish ? 'trail.publish' : 'trail.unpublish',
        { status: from },
        { status },
      );
      await this.catalog.announce(tx);
    });
    await this.catalog.refresh();
    return this.admin.detail(actor, id);
  }

  /** 2–30 distinct live checkpoints; the trail belongs to the lowest region holding them all. */
  private checkStops(
    checkpointIds: string[],
    snapshot: CatalogSnapshot,
  ): { venueIds: string[]; regionCode: string } {
    if (new Set(checkpointIds).size !== checkpointIds.length) {
      throw new ValidationError('checkpointIds', 'a checkpoint can be a stop only once');
    }
    const venueIds: string[] = [];
    checkpointIds.forEach((cpId, i) => {
      const checkpoint = snapshot.checkpoints.get(cpId);
      const venue = checkpoint && snapshot.venues.get(checkpoint.venueId);
      if (!checkpoint || !venue || !checkpoint.live || venue.status === 'closed') {
        throw new ValidationError(
          `checkpointIds[${i}]`,
          `checkpointIds[${i}] is not a live checkpoint`,
        );
      }
      if (!venueIds.includes(venue.id)) venueIds.push(venue.id);
    });
    const regionCode = snapshot.regionTree.commonAncestor(
      venueIds.map((v) => snapshot.venues.get(v)!.regionCode),
    );
    if (!regionCode) throw new ValidationError('checkpointIds', 'stops have no common region');
    return { venueIds, regionCode };
  }

  private async writeStops(
    tx: EntityManager,
    actor: Actor,
    trailId: string,
    checkpointIds: string[],
    venueIds: string[],
  ) {
    await tx
      .getRepository(TrailStop)
      .insert(checkpointIds.map((checkpointId, position) => ({ trailId, position, checkpointId })));
    const now = new Date(this.clock.now());
    await tx
      .getRepository(TrailConsent)
      .insert(
        venueIds.map((venueId) =>
          venueId === actor.venueId
            ? { trailId, venueId, status: 'accepted' as const, decidedBy: actor.id, decidedAt: now }
            : { trailId, venueId, status: 'pending' as const },
        ),
      );
  }

  private async locked(tx: EntityManager, id: string): Promise<Trail> {
    const trail = await tx.getRepository(Trail).findOne({ where: { id }, lock: LOCK });
    if (!trail) throw new NotFoundError('路线');
    return trail;
  }

  private assertProposer(actor: Actor, trail: Trail): void {
    if (actor.role !== 'staff' || trail.proposedByVenueId !== actor.venueId) {
      throw new ForbiddenError('只有发起路线的场馆可以修改或提交');
    }
  }

  private record(
    tx: EntityManager,
    actor: Actor,
    trail: Trail,
    action: string,
    before: object | null,
    after: object,
  ) {
    return this.audit.record(tx, actor, {
      action,
      entityType: 'trail',
      entityId: trail.id,
      venueId: actor.venueId ?? trail.proposedByVenueId,
      regionCode: trail.regionCode,
      before,
      after,
    });
  }
}
