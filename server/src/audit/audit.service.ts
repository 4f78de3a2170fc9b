import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { AuditEntityType, AuditEventDto, Page } from '@xinghuo/shared';
import { type EntityManager, Repository } from 'typeorm';
import type { Actor } from '../auth/actor';
import { CatalogService } from '../catalog/catalog.service';
import { CLOCK, type Clock } from '../common/clock';
import { pageOf, pageWindow } from '../common/paging';
import type { AuditQueryDto } from './audit.dto';
import { AuditEvent } from './audit-event.entity';
import { toAuditEventDto } from './audit.mappers';

export interface AuditChange {
  action: string;
  entityType: AuditEntityType;
  entityId: string;
  venueId?: string | null;
  regionCode: string | null;
  before?: object | null;
  after?: object | null;
}

@Injectable()
export class AuditService {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    @InjectRepository(AuditEvent) private readonly events: Repository<AuditEvent>,
    private readonly catalog: CatalogService,
  ) {}

  /** Written with the caller's transaction, so a change and its record commit or fail together. */
  async record(tx: EntityManager, actor: Actor, change: AuditChange): Promise<void> {
    const repo = tx.getRepository(AuditEvent);
    await repo.save(
      repo.create({
        at: new Date(this.clock.now()),
        actorId: actor.id,
        actorRole: actor.role,
        actorName: actor.name,
        action: change.action,
        entityType: change.entityType,
        entityId: change.entityId,
        venueId: change.venueId ?? null,
        regionCode: change.regionCode,
        before: (change.before ?? null) as Record<string, unknown> | null,
        after: (change.after ?? null) as Record<string, unknown> | null,
      }),
    );
  }

  /** Staff: their venue's events. Organizers: events of regions in their subtree. Newest first. */
  async list(actor: Actor, query: AuditQueryDto): Promise<Page<AuditEventDto>> {
    const qb = this.events.createQueryBuilder('e');
    if (actor.role === 'staff') {
      qb.where('e.venue_id = :venueId', { venueId: actor.venueId });
    } else {
      const { regions } = await this.catalog.get();
      const path = regions.get(actor.regionCode ?? '')?.path ?? '\u0000';
      qb.innerJoin('region', 'r', 'r.code = e.region_code').where('r.path LIKE :path', {
        path: `${path}%`,
      });
    }
    if (query.entityType) qb.andWhere('e.entity_type = :type', { type: query.entityType });
    if (query.entityId) qb.andWhere('e.entity_id = :entityId', { entityId: query.entityId });
    if (query.from) qb.andWhere('e.at >= :from', { from: boundary(query.from, false) });
    if (query.to) qb.andWhere('e.at < :to', { to: boundary(query.to, true) });
    const { skip, pageSize } = pageWindow(query);
    const [rows, total] = await qb
      .orderBy('e.at', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .skip(skip)
      .take(pageSize)
      .getManyAndCount();
    return pageOf(rows.map(toAuditEventDto), total, query);
  }
}

/** A day (YYYY-MM-DD) is read in China's zone; `to` a day means up to the end of it. */
function boundary(value: string, end: boolean): Date {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const start = new Date(`${value}T00:00:00+08:00`);
    return end ? new Date(start.getTime() + 86_400_000) : start;
  }
  return new Date(value);
}
