import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { AdminTrailDto, Page } from '@xinghuo/shared';
import { In, Repository } from 'typeorm';
import { Account } from '../auth/account.entity';
import type { Actor } from '../auth/actor';
import { organizerCovers } from '../auth/scope';
import { CatalogService } from '../catalog/catalog.service';
import { ForbiddenError, NotFoundError } from '../common/app-error';
import { pageOf, pageWindow } from '../common/paging';
import { ReviewService } from '../reviews/review.service';
import type { AdminTrailQueryDto } from './trail-admin.dto';
import { toAdminTrailDto } from './trail-admin.mappers';
import { TrailConsent } from './trail-consent.entity';
import { TrailStop } from './trail-stop.entity';
import { Trail } from './trail.entity';

/** Trails as their designers and reviewers see them, whatever their status. */
@Injectable()
export class TrailAdminService {
  constructor(
    @InjectRepository(Trail) private readonly trails: Repository<Trail>,
    @InjectRepository(TrailStop) private readonly stops: Repository<TrailStop>,
    @InjectRepository(TrailConsent) private readonly consents: Repository<TrailConsent>,
    @InjectRepository(Account) private readonly accounts: Repository<Account>,
    private readonly catalog: CatalogService,
    private readonly reviews: ReviewService,
  ) {}

  /** Staff: trails their venue proposed or is asked to join. Organizers: trails of their subtree. */
  async list(actor: Actor, query: AdminTrailQueryDto): Promise<Page<AdminTrailDto>> {
    const qb = this.trails.createQueryBuilder('t');
    if (actor.role === 'staff') {
      qb.where(
        '(t.proposed_by_venue_id = :v OR EXISTS (SELECT 1 FROM trail_consent c WHERE c.trail_id = t.id AND c.venue_id = :v))',
        { v: actor.venueId },
      );
      if (query.awaitingMyConsent) {
        qb.andWhere(
          `EXISTS (SELECT 1 FROM trail_consent c WHERE c.trail_id = t.id AND c.venue_id = :v AND c.status = 'pending')`,
        );
      }
    } else {
      const { regions } = await this.catalog.get();
      const root = regions.get(actor.regionCode ?? '')?.path ?? '\u0000';
      qb.innerJoin('region', 'g', 'g.code = t.region_code').where('g.path LIKE :p', {
        p: `${root}%`,
      });
    }
    if (query.status) qb.andWhere('t.status = :s', { s: query.status });
    if (query.q) {
      qb.andWhere('t.name ILIKE :q', { q: `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` });
    }
    const { skip, pageSize } = pageWindow(query);
    const [rows, total] = await qb
      .orderBy('t.updatedAt', 'DESC')
      .addOrderBy('t.id')
      .skip(skip)
      .take(pageSize)
      .getManyAndCount();
    return pageOf(await this.dtos(rows), total, query);
  }

  async detail(actor: Actor, id: string): Promise<AdminTrailDto> {
    const trail = await this.trails.findOneBy({ id });
    if (!trail) throw new NotFoundError('路线');
    const [dto] = await this.dtos([trail]);
    if (!this.sees(actor, dto!, (await this.catalog.get()).regionTree)) {
      throw new ForbiddenError('只能查看与本场馆或本辖区有关的路线');
    }
    return dto!;
  }

  private sees(actor: Actor, dto: AdminTrailDto, tree: Parameters<typeof organizerCovers>[2]) {
    if (actor.role === 'organizer') return organizerCovers(actor, dto.regionCode, tree);
    return (
      dto.proposedByVenueId === actor.venueId ||
      dto.consents.some((c) => c.venueId === actor.venueId)
    );
  }

  async dtos(rows: Trail[]): Promise<AdminTrailDto[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((t) => t.id);
    const [snapshot, stops, consents, { latest }] = await Promise.all([
      this.catalog.get(),
      this.stops.find({ where: { trailId: In(ids) } }),
      this.consents.find({ where: { trailId: In(ids) } }),
      this.reviews.stateOf(ids),
    ]);
    const deciders = [...new Set(consents.map((c) => c.decidedBy).filter((x): x is string => !!x))];
    const people = new Map(
      deciders.length
        ? (await this.accounts.find({ where: { id: In(deciders) } })).map((a) => [
            a.id,
            a.displayName,
          ])
        : [],
    );
    return rows.map((t) =>
      toAdminTrailDto(
        t,
        stops.filter((s) => s.trailId === t.id),
        consents.filter((c) => c.trailId === t.id),
        latest.get(t.id),
        snapshot,
        people,
      ),
    );
  }
}
