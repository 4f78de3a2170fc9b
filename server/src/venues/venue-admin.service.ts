import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type {
  AdminVenueDto,
  AdminVenueSummary,
  Page,
  UpdateVenueResponse,
  VenueContent,
} from '@xinghuo/shared';
import { type DataSource, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/actor';
import { assertManagesVenue, organizerCovers } from '../auth/scope';
import { CatalogService } from '../catalog/catalog.service';
import { ForbiddenError, NotFoundError } from '../common/app-error';
import { pageOf, pageWindow } from '../common/paging';
import { ReviewService } from '../reviews/review.service';
import { Checkpoint } from './checkpoint.entity';
import { ContentError } from './content.errors';
import { checkClosedDates, checkLocation, checkOpeningHours } from './content.rules';
import type { AdminVenueQueryDto, UpdateVenueDto } from './venue-admin.dto';
import { toAdminVenueDto } from './venue-admin.mappers';
import { diff, VENUE_CONTENT_FIELDS, venueContentOf } from './venue-content';
import { Venue } from './venue.entity';

/** Fields only organizers set on a venue; staff sending one is refused by name. */
const ORGANIZER_FIELDS = ['name', 'kind', 'host', 'regionCode'] as const;

@Injectable()
export class VenueAdminService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Venue) private readonly venues: Repository<Venue>,
    @InjectRepository(Checkpoint) private readonly checkpoints: Repository<Checkpoint>,
    private readonly catalog: CatalogService,
    private readonly reviews: ReviewService,
    private readonly audit: AuditService,
  ) {}

  async detail(actor: Actor, id: string): Promise<AdminVenueDto> {
    const venue = await this.venues.findOneBy({ id });
    if (!venue) throw new NotFoundError('场馆');
    const snapshot = await this.catalog.get();
    assertManagesVenue(actor, venue, snapshot.regionTree);
    const [{ latest, pending }, checkpointCount] = await Promise.all([
      this.reviews.stateOf([id]),
      this.checkpoints.countBy({ venueId: id }),
    ]);
    return toAdminVenueDto(venue, snapshot, {
      latest: latest.get(id),
      pending: pending.get(id),
      checkpointCount,
    });
  }

  /** Staff: their own venue. Organizers: venues of their subtree, filtered and paged. */
  async list(actor: Actor, query: AdminVenueQueryDto): Promise<Page<AdminVenueSummary>> {
    const snapshot = await this.catalog.get();
    const tree = snapshot.regionTree;
    const qb = this.venues
      .createQueryBuilder('v')
      .innerJoin('region', 'g', 'g.code = v.region_code');
    if (actor.role === 'staff') {
      qb.where('v.id = :id', { id: actor.venueId });
    } else {
      const root = tree.byCode.get(actor.regionCode ?? '')?.path ?? '\u0000';
      const within = query.region ? tree.byCode.get(query.region)?.path : undefined;
      if (query.region && !within)
        throw new ContentError('REGION_UNKNOWN', undefined, { field: 'region' });
      if (within && !within.startsWith(root)) throw new ForbiddenError('只能查看本辖区的场馆');
      qb.where('g.path LIKE :path', { path: `${within ?? root}%` });
    }
    if (query.kind) qb.andWhere('v.kind = :kind', { kind: query.kind });
    if (query.status) qb.andWhere('v.status = :status', { status: query.status });
    if (query.q) {
      qb.andWhere('(v.name ILIKE :q OR v.address ILIKE :q)', {
        q: `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
      });
    }
    const { skip, pageSize } = pageWindow(query);
    const total = await qb.getCount();
    const rows = await qb
      .select([
        'v.id',
        'v.name',
        'v.kind',
        'v.status',
        'v.regionCode',
        'v.address',
        'v.version',
        'v.updatedAt',
      ])
      .addSelect('(SELECT count(*) FROM checkpoint c WHERE c.venue_id = v.id)', 'checkpoints')
      .addSelect(
        `(SELECT count(*) FROM review r WHERE r.venue_id = v.id AND r.status = 'pending' AND r.subject <> 'trail')`,
        'pending',
      )
      .addSelect(
        `(SELECT count(*) FROM account a WHERE a.venue_id = v.id AND a.disabled_at IS NULL)`,
        'staff',
      )
      .orderBy('v.region_code')
      .addOrderBy('v.name')
      .offset(skip)
      .limit(pageSize)
      .getRawAndEntities();
    const items = rows.entities.map((v, i) => {
      const raw = rows.raw[i] as { checkpoints: string; pending: string; staff: string };
      return {
        id: v.id,
        name: v.name,
        kind: v.kind,
        status: v.status,
        regionCode: v.regionCode,
        regionFullName: tree.fullName(v.regionCode),
        address: v.address,
        checkpointCount: Number(raw.checkpoints),
        pendingRevisions: Number(raw.pending),
        staffCount: Number(raw.staff),
        version: v.version,
        updatedAt: v.updatedAt.toISOString(),
      };
    });
    return pageOf(items, total, query);
  }

  /**
   * Settings apply at once; public text from staff becomes a pending revision built on the
   * pending one (if any), from organizers it is published at once. All or nothing.
   */
  async update(actor: Actor, id: string, dto: UpdateVenueDto): Promise<UpdateVenueResponse> {
    if (dto.status !== undefined) {
      throw ContentError.fieldNotAllowed('status', '场馆状态请通过「开放」「关闭」操作修改');
    }
    if (actor.role === 'staff') {
      for (const field of ORGANIZER_FIELDS) {
        if (dto[field] !== undefined) throw ContentError.fieldNotAllowed(field);
      }
    }
    if (dto.location) checkLocation(dto.location);
    const openingHours =
      dto.openingHours === undefined || dto.openingHours === null
        ? dto.openingHours
        : checkOpeningHours(dto.openingHours);
    const closedDates = dto.closedDates && checkClosedDates(dto.closedDates);
    const snapshot = await this.catalog.get();
    const tree = snapshot.regionTree;
    if (dto.regionCode !== undefined) {
      if (!tree.byCode.has(dto.regionCode)) {
        throw new ContentError('REGION_UNKNOWN', undefined, { field: 'regionCode' });
      }
      if (!organizerCovers(actor, dto.regionCode, tree)) {
        throw new ForbiddenError('只能把场馆划入本辖区');
      }
    }
    const patch = Object.fromEntries(
      VENUE_CONTENT_FIELDS.filter((f) => dto[f] !== undefined).map((f) => [f, dto[f]]),
    ) as Partial<VenueContent>;

    const outcome = await this.dataSource.transaction(async (tx) => {
      const repo = tx.getRepository(Venue);
      const venue = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!venue) throw new NotFoundError('场馆');
      assertManagesVenue(actor, venue, tree);
      if (venue.version !== dto.version) throw ContentError.stale();
      if (venue.status === 'closed' && actor.role === 'staff') {
        throw new ContentError('STATE_CONFLICT', '场馆已关闭，不能再编辑');
      }
      const settingsBefore = settingsOf(venue);
      const next: Venue = { ...venue };
      if (dto.location) Object.assign(next, { lat: dto.location.lat, lng: dto.location.lng });
      if (openingHours !== undefined) next.openingHours = openingHours;
      if (closedDates) next.closedDates = closedDates;
      if (dto.geofenceRadiusM !== undefined) next.geofenceRadiusM = dto.geofenceRadiusM;
      for (const field of ORGANIZER_FIELDS) {
        if (dto[field] !== undefined) Object.assign(next, { [field]: dto[field] });
      }
      let reviewId: string | null = null;
      let contentChanged = false;
      if (Object.keys(patch).length > 0) {
        const published = venueContentOf(venue);
        if (actor.role === 'organizer') {
          Object.assign(next, patch);
          contentChanged = true;
        } else {
          const { pending } = await this.reviews.stateOf([id]);
          const base = (pending.get(id)?.after as unknown as VenueContent | undefined) ?? published;
          const proposed = { ...base, ...patch };
          if (JSON.stringify(proposed) !== JSON.stringify(base)) {
            const review = await this.reviews.propose(tx, actor, {
              subject: 'venue',
              subjectId: id,
              venueId: id,
              regionCode: venue.regionCode,
              before: published,
              after: proposed,
            });
            reviewId = review.id;
          }
        }
      }
      const live = diff(
        { ...settingsBefore, ...venueContentOf(venue) },
        { ...settingsOf(next), ...venueContentOf(next) },
      );
      if (!live && !reviewId) return { reviewId, changed: false };
      next.version = venue.version + 1;
      await repo.save(next);
      if (live) {
        await this.audit.record(tx, actor, {
          action: contentChanged ? 'venue.update_published' : 'venue.update',
          entityType: 'venue',
          entityId: id,
          venueId: id,
          regionCode: next.regionCode,
          ...live,
        });
        await this.catalog.announce(tx);
      }
      return { reviewId, changed: !!live };
    });
    if (outcome.changed) await this.catalog.refresh();
    return { venue: await this.detail(actor, id), reviewId: outcome.reviewId };
  }
}

function settingsOf(v: Venue): Record<string, unknown> {
  return {
    location: { lat: v.lat, lng: v.lng },
    openingHours: v.openingHours,
    closedDates: v.closedDates,
    geofenceRadiusM: v.geofenceRadiusM,
    name: v.name,
    kind: v.kind,
    host: v.host,
    regionCode: v.regionCode,
  };
}
