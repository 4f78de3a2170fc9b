import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AdminVenueDto, CreateVenueResponse, VenueStatus } from '@xinghuo/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { insertAccount } from '../accounts/temporary-password';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/actor';
import { organizerCovers } from '../auth/scope';
import { CatalogService } from '../catalog/catalog.service';
import { ForbiddenError, NotFoundError } from '../common/app-error';
import { ContentError } from './content.errors';
import { checkLocation } from './content.rules';
import { VenueAdminService } from './venue-admin.service';
import type { CreateVenueDto, VenueStatusDto } from './venue-admin.dto';
import { Venue } from './venue.entity';

/** Which status each organizer action leads to, and from where. */
const TRANSITIONS: Record<'publish' | 'close', { to: VenueStatus; from: VenueStatus[] }> = {
  publish: { to: 'published', from: ['draft', 'closed'] },
  close: { to: 'closed', from: ['draft', 'published'] },
};

/** Organizers set venues up, open them to visitors and close them. */
@Injectable()
export class VenueLifecycleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly catalog: CatalogService,
    private readonly audit: AuditService,
    private readonly admin: VenueAdminService,
  ) {}

  /** A draft venue anywhere in the subtree, with its first staff account (temporary password). */
  async create(actor: Actor, dto: CreateVenueDto): Promise<CreateVenueResponse> {
    const { regionTree: tree } = await this.catalog.get();
    const region = tree.byCode.get(dto.regionCode);
    if (!region) throw new ContentError('REGION_UNKNOWN', undefined, { field: 'regionCode' });
    if (!organizerCovers(actor, dto.regionCode, tree)) {
      throw new ForbiddenError('只能在本辖区内新建场馆');
    }
    if (region.level === 'national' || region.level === 'province') {
      throw new ContentError('REGION_UNKNOWN', '场馆须设在市、县区或乡镇街道', {
        field: 'regionCode',
      });
    }
    checkLocation(dto.location);
    const created = await this.dataSource.transaction(async (tx) => {
      const repo = tx.getRepository(Venue);
      const venue = await repo.save(
        repo.create({
          name: dto.name,
          kind: dto.kind,
          regionCode: dto.regionCode,
          address: dto.address,
          lat: dto.location.lat,
          lng: dto.location.lng,
          host: dto.host,
          description: dto.description ?? '',
          status: 'draft',
        }),
      );
      const { account, password } = await insertAccount(tx, {
        username: dto.staff.username,
        displayName: dto.staff.displayName,
        role: 'staff',
        venueId: venue.id,
        regionCode: null,
      });
      const where = { venueId: venue.id, regionCode: venue.regionCode };
      await this.audit.record(tx, actor, {
        action: 'venue.create',
        entityType: 'venue',
        entityId: venue.id,
        ...where,
        after: {
          name: venue.name,
          kind: venue.kind,
          regionCode: venue.regionCode,
          address: venue.address,
          location: dto.location,
          host: venue.host,
        },
      });
      await this.audit.record(tx, actor, {
        action: 'account.create',
        entityType: 'account',
        entityId: account.id,
        ...where,
        after: { username: account.username, displayName: account.displayName, role: 'staff' },
      });
      await this.catalog.announce(tx);
      return { venue, account, password };
    });
    await this.catalog.refresh();
    return {
      venue: await this.admin.detail(actor, created.venue.id),
      staff: {
        id: created.account.id,
        username: created.account.username,
        temporaryPassword: created.password,
      },
    };
  }

  async setStatus(
    actor: Actor,
    id: string,
    action: 'publish' | 'close',
    dto: VenueStatusDto,
  ): Promise<AdminVenueDto> {
    const { regionTree: tree } = await this.catalog.get();
    const { to, from } = TRANSITIONS[action];
    await this.dataSource.transaction(async (tx) => {
      const repo = tx.getRepository(Venue);
      const venue = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!venue) throw new NotFoundError('场馆');
      if (!organizerCovers(actor, venue.regionCode, tree)) {
        throw new ForbiddenError('只能管理本辖区内的场馆');
      }
      if (venue.version !== dto.version) throw ContentError.stale();
      if (!from.includes(venue.status)) {
        throw new ContentError('STATE_CONFLICT', `场馆当前状态不能执行此操作`);
      }
      await repo.update({ id }, { status: to, version: venue.version + 1 });
      await this.audit.record(tx, actor, {
        action: `venue.${action}`,
        entityType: 'venue',
        entityId: id,
        venueId: id,
        regionCode: venue.regionCode,
        before: { status: venue.status },
        after: { status: to, ...(dto.reason ? { reason: dto.reason } : {}) },
      });
      if (action === 'close') await this.unpublishTrailsThrough(tx, actor, id);
      await this.catalog.announce(tx);
    });
    await this.catalog.refresh();
    return this.admin.detail(actor, id);
  }

  /**
   * A closed venue's checkpoints accept no check-ins, so no visitor could finish a published trail
   * through it: such trails are unpublished with it, each in the audit trail. Reopening the venue
   * leaves them to an organizer to publish again.
   */
  private async unpublishTrailsThrough(tx: EntityManager, actor: Actor, venueId: string) {
    const trails = (await tx.query(
      `UPDATE trail t SET status = 'unpublished', version = t.version + 1, updated_at = now()
        WHERE t.status = 'published'
          AND EXISTS (SELECT 1 FROM trail_stop s JOIN checkpoint c ON c.id = s.checkpoint_id
                       WHERE s.trail_id = t.id AND c.venue_id = $1)
        RETURNING t.id, t.region_code`,
      [venueId],
    )) as [Array<{ id: string; region_code: string }>, number];
    for (const trail of trails[0]) {
      await this.audit.record(tx, actor, {
        action: 'trail.unpublish',
        entityType: 'trail',
        entityId: trail.id,
        venueId,
        regionCode: trail.region_code,
        before: { status: 'published' },
        after: { status: 'unpublished', reason: 'venue_closed' },
      });
    }
  }
}
