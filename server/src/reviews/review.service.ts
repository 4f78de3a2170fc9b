import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type {
  CheckpointContent,
  Page,
  ReviewDto,
  ReviewSubject,
  VenueContent,
} from '@xinghuo/shared';
import { type DataSource, type EntityManager, In, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Account } from '../auth/account.entity';
import type { Actor } from '../auth/actor';
import { organizerCovers } from '../auth/scope';
import { CatalogService } from '../catalog/catalog.service';
import { ForbiddenError, NotFoundError } from '../common/app-error';
import { CLOCK, type Clock } from '../common/clock';
import { pageOf, pageWindow } from '../common/paging';
import type { RegionTree } from '../regions/region-tree';
import { Trail } from '../trails/trail.entity';
import { Checkpoint } from '../venues/checkpoint.entity';
import { ContentError } from '../venues/content.errors';
import { checkpointColumns, checkpointContentOf, venueContentOf } from '../venues/venue-content';
import { Venue } from '../venues/venue.entity';
import type { ReviewQueryDto } from './review.dto';
import { Review } from './review.entity';
import { changedFields, type PeopleById, toReviewDto } from './review.mappers';

/**
 * Only what the proposal changed, laid over what is live now: a field an organizer edited
 * directly while the revision waited keeps the organizer's value.
 */
function changesOf(review: Review): Record<string, unknown> {
  const keys = changedFields(review.before, review.after);
  return Object.fromEntries(keys.map((k) => [k, review.after[k]]));
}

export interface Proposal {
  subject: ReviewSubject;
  subjectId: string;
  venueId: string | null;
  regionCode: string;
  before: object | null;
  after: object;
}

/**
 * The review of public text: staff propose, organizers above approve or return. A newer
 * proposal for the same thing supersedes the pending one; approving copies `after` into the
 * live row and tells every process's catalogue.
 */
@Injectable()
export class ReviewService {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Review) private readonly reviews: Repository<Review>,
    @InjectRepository(Account) private readonly accounts: Repository<Account>,
    private readonly audit: AuditService,
    private readonly catalog: CatalogService,
  ) {}

  /** Within the caller's transaction: supersede what was pending, store the new proposal. */
  async propose(tx: EntityManager, actor: Actor, proposal: Proposal): Promise<Review> {
    const now = new Date(this.clock.now());
    const repo = tx.getRepository(Review);
    const superseded = await repo.update(
      { subject: proposal.subject, subjectId: proposal.subjectId, status: 'pending' },
      { status: 'superseded', decidedAt: now },
    );
    const review = await repo.save(
      repo.create({
        subject: proposal.subject,
        subjectId: proposal.subjectId,
        venueId: proposal.venueId,
        regionCode: proposal.regionCode,
        status: 'pending',
        before: proposal.before as Record<string, unknown> | null,
        after: proposal.after as Record<string, unknown>,
        submittedBy: actor.id,
        submittedAt: now,
      }),
    );
    await this.audit.record(tx, actor, {
      action: 'review.submit',
      entityType: 'review',
      entityId: review.id,
      venueId: proposal.venueId,
      regionCode: proposal.regionCode,
      before: proposal.before,
      after: {
        ...proposal.after,
        subject: proposal.subject,
        subjectId: proposal.subjectId,
        supersededPending: !!superseded.affected,
      },
    });
    return review;
  }

  /** The newest review of each subject, and the pending one where there is one. */
  async stateOf(
    subjectIds: string[],
  ): Promise<{ latest: Map<string, Review>; pending: Map<string, Review> }> {
    const latest = new Map<string, Review>();
    const pending = new Map<string, Review>();
    if (subjectIds.length === 0) return { latest, pending };
    const rows = await this.reviews.find({
      where: { subjectId: In(subjectIds) },
      order: { submittedAt: 'DESC' },
    });
    for (const r of rows) {
      if (!latest.has(r.subjectId)) latest.set(r.subjectId, r);
      if (r.status === 'pending') pending.set(r.subjectId, r);
    }
    return { latest, pending };
  }

  async list(actor: Actor, query: ReviewQueryDto): Promise<Page<ReviewDto>> {
    const snapshot = await this.catalog.get();
    const qb = this.reviews.createQueryBuilder('r');
    if (actor.role === 'staff') {
      qb.where('r.venue_id = :venueId', { venueId: actor.venueId });
    } else {
      const root = snapshot.regions.get(actor.regionCode ?? '')?.path ?? '\u0000';
      const within = query.region ? snapshot.regions.get(query.region)?.path : undefined;
      if (query.region && (!within || !within.startsWith(root))) {
        throw new ForbiddenError('只能查看本辖区的审核');
      }
      qb.innerJoin('region', 'g', 'g.code = r.region_code').where('g.path LIKE :path', {
        path: `${within ?? root}%`,
      });
    }
    if (query.status) qb.andWhere('r.status = :status', { status: query.status });
    if (query.subject) qb.andWhere('r.subject = :subject', { subject: query.subject });
    if (query.subjectId) qb.andWhere('r.subject_id = :sid', { sid: query.subjectId });
    const { skip, pageSize } = pageWindow(query);
    const [rows, total] = await qb
      .orderBy('r.submittedAt', 'DESC')
      .addOrderBy('r.id', 'DESC')
      .skip(skip)
      .take(pageSize)
      .getManyAndCount();
    const people = await this.people(rows);
    return pageOf(
      rows.map((r) => toReviewDto(r, snapshot, people)),
      total,
      query,
    );
  }

  async get(actor: Actor, id: string): Promise<ReviewDto> {
    const review = await this.reviews.findOneBy({ id });
    if (!review) throw new NotFoundError('审核');
    const snapshot = await this.catalog.get();
    this.assertSees(actor, review, snapshot.regionTree);
    return toReviewDto(review, snapshot, await this.people([review]));
  }

  async approve(actor: Actor, id: string, comment: string | undefined): Promise<ReviewDto> {
    return this.decide(actor, id, 'approved', comment ?? null);
  }

  async return(actor: Actor, id: string, comment: string): Promise<ReviewDto> {
    return this.decide(actor, id, 'returned', comment);
  }

  private async decide(
    actor: Actor,
    id: string,
    outcome: 'approved' | 'returned',
    comment: string | null,
  ): Promise<ReviewDto> {
    const snapshot = await this.catalog.get();
    const decided = await this.dataSource.transaction(async (tx) => {
      const review = await tx
        .getRepository(Review)
        .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!review) throw new NotFoundError('审核');
      if (!organizerCovers(actor, review.regionCode, snapshot.regionTree)) {
        throw new ForbiddenError('只能审核本辖区的内容');
      }
      if (review.status !== 'pending') throw new ContentError('REVIEW_NOT_PENDING');
      const before = { status: review.status };
      review.status = outcome;
      review.decidedBy = actor.id;
      review.decidedAt = new Date(this.clock.now());
      review.comment = comment;
      await tx.getRepository(Review).save(review);
      if (outcome === 'approved') await this.publish(tx, actor, review);
      else if (review.subject === 'trail') await this.setTrailStatus(tx, actor, review, 'rejected');
      await this.audit.record(tx, actor, {
        action: outcome === 'approved' ? 'review.approve' : 'review.return',
        entityType: 'review',
        entityId: review.id,
        venueId: review.venueId,
        regionCode: review.regionCode,
        before,
        after: { status: outcome, comment, subject: review.subject, subjectId: review.subjectId },
      });
      await this.catalog.announce(tx);
      return review;
    });
    const fresh = await this.catalog.refresh();
    return toReviewDto(decided, fresh, await this.people([decided]));
  }

  /** Copies the approved text into the live row (or publishes the trail). */
  private async publish(tx: EntityManager, actor: Actor, review: Review): Promise<void> {
    const lock = { mode: 'pessimistic_write' } as const;
    if (review.subject === 'venue') {
      const repo = tx.getRepository(Venue);
      const venue = await repo.findOne({ where: { id: review.subjectId }, lock });
      if (!venue) throw new NotFoundError('场馆');
      const before = venueContentOf(venue);
      const after = { ...before, ...changesOf(review) } as VenueContent;
      await repo.save({ ...venue, ...after, version: venue.version + 1 });
      await this.audit.record(tx, actor, {
        action: 'venue.publish_content',
        entityType: 'venue',
        entityId: venue.id,
        venueId: venue.id,
        regionCode: venue.regionCode,
        before,
        after,
      });
    } else if (review.subject === 'checkpoint') {
      const repo = tx.getRepository(Checkpoint);
      const checkpoint = await repo.findOne({ where: { id: review.subjectId }, lock });
      if (!checkpoint) throw new NotFoundError('打卡点');
      const before = { ...checkpointContentOf(checkpoint), live: checkpoint.live };
      const after = {
        ...checkpointContentOf(checkpoint),
        ...changesOf(review),
      } as CheckpointContent;
      await repo.save({
        ...checkpoint,
        ...checkpointColumns(after),
        live: true,
        version: checkpoint.version + 1,
      });
      await this.audit.record(tx, actor, {
        action: 'checkpoint.publish_content',
        entityType: 'checkpoint',
        entityId: checkpoint.id,
        venueId: checkpoint.venueId,
        regionCode: review.regionCode,
        before,
        after: { ...after, live: true },
      });
    } else {
      await this.setTrailStatus(tx, actor, review, 'published');
    }
  }

  private async setTrailStatus(
    tx: EntityManager,
    actor: Actor,
    review: Review,
    status: 'published' | 'rejected',
  ): Promise<void> {
    const repo = tx.getRepository(Trail);
    const trail = await repo.findOne({
      where: { id: review.subjectId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!trail) throw new NotFoundError('路线');
    if (trail.status !== 'in_review') throw new ContentError('STATE_CONFLICT');
    await repo.update({ id: trail.id }, { status, version: trail.version + 1 });
    await this.audit.record(tx, actor, {
      action: status === 'published' ? 'trail.publish' : 'trail.return',
      entityType: 'trail',
      entityId: trail.id,
      venueId: trail.proposedByVenueId,
      regionCode: trail.regionCode,
      before: { status: trail.status },
      after: { status },
    });
  }

  private assertSees(actor: Actor, review: Review, tree: RegionTree): void {
    const ok =
      actor.role === 'staff'
        ? review.venueId !== null && review.venueId === actor.venueId
        : organizerCovers(actor, review.regionCode, tree);
    if (!ok) throw new ForbiddenError('只能查看本场馆或本辖区的审核');
  }

  private async people(rows: Review[]): Promise<PeopleById> {
    const ids = [...new Set(rows.flatMap((r) => [r.submittedBy, r.decidedBy ?? r.submittedBy]))];
    if (ids.length === 0) return new Map();
    const found = await this.accounts.find({
      where: { id: In(ids) },
      select: ['id', 'displayName'],
    });
    return new Map(found.map((a) => [a.id, a.displayName]));
  }
}
