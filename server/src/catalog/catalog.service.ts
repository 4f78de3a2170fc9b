import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Campaign } from '../campaigns/campaign.entity';
import { Region } from '../regions/region.entity';
import { TrailStop } from '../trails/trail-stop.entity';
import { Trail } from '../trails/trail.entity';
import { Checkpoint } from '../venues/checkpoint.entity';
import { Venue } from '../venues/venue.entity';

export interface CatalogTrail {
  trail: Trail;
  /** In stop order. */
  checkpointIds: string[];
}

export interface CatalogSnapshot {
  regions: Map<string, Region>;
  venues: Map<string, Venue>;
  checkpoints: Map<string, Checkpoint>;
  checkpointsByCodeNo: Map<number, Checkpoint>;
  campaigns: Campaign[];
  /** Published trails only: the ones that count towards visitors' progress. */
  trails: Map<string, CatalogTrail>;
  trailsByCheckpoint: Map<string, string[]>;
}

const MAX_AGE_MS = 30_000;
const MIN_RELOAD_INTERVAL_MS = 1_000;

/**
 * The catalogue (regions, venues, checkpoints, campaigns, published trails) held in memory so
 * the check-in path reads no catalogue rows. It is small next to check-ins; writes through this
 * process invalidate it, and it is reloaded at most every 30 s for writes made elsewhere.
 */
@Injectable()
export class CatalogService {
  private snapshot: CatalogSnapshot | null = null;
  private loadedAt = 0;
  private loading: Promise<CatalogSnapshot> | null = null;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async get(): Promise<CatalogSnapshot> {
    if (this.snapshot && Date.now() - this.loadedAt < MAX_AGE_MS) return this.snapshot;
    return this.reload();
  }

  invalidate(): void {
    this.loadedAt = 0;
  }

  /** A code naming a checkpoint created since the last load triggers one early reload. */
  async checkpointByCodeNo(codeNo: number): Promise<Checkpoint | undefined> {
    const snap = await this.get();
    const found = snap.checkpointsByCodeNo.get(codeNo);
    if (found || Date.now() - this.loadedAt < MIN_RELOAD_INTERVAL_MS) return found;
    return (await this.reload()).checkpointsByCodeNo.get(codeNo);
  }

  private reload(): Promise<CatalogSnapshot> {
    this.loading ??= this.load().finally(() => {
      this.loading = null;
    });
    return this.loading;
  }

  private async load(): Promise<CatalogSnapshot> {
    const startedAt = Date.now();
    const [regions, venues, checkpoints, campaigns, trails, stops] = await Promise.all([
      this.db.getRepository(Region).find(),
      this.db.getRepository(Venue).find(),
      this.db.getRepository(Checkpoint).find({ order: { sortOrder: 'ASC', codeNo: 'ASC' } }),
      this.db.getRepository(Campaign).find({ order: { startsAt: 'ASC' } }),
      this.db.getRepository(Trail).find({ where: { status: 'published' } }),
      this.db.getRepository(TrailStop).find({ order: { trailId: 'ASC', position: 'ASC' } }),
    ]);
    const trailMap = new Map<string, CatalogTrail>(
      trails.map((t) => [t.id, { trail: t, checkpointIds: [] }]),
    );
    const trailsByCheckpoint = new Map<string, string[]>();
    for (const stop of stops) {
      const entry = trailMap.get(stop.trailId);
      if (!entry) continue;
      entry.checkpointIds.push(stop.checkpointId);
      const list = trailsByCheckpoint.get(stop.checkpointId) ?? [];
      if (!list.includes(stop.trailId)) list.push(stop.trailId);
      trailsByCheckpoint.set(stop.checkpointId, list);
    }
    this.snapshot = {
      regions: new Map(regions.map((r) => [r.code, r])),
      venues: new Map(venues.map((v) => [v.id, v])),
      checkpoints: new Map(checkpoints.map((c) => [c.id, c])),
      checkpointsByCodeNo: new Map(checkpoints.map((c) => [c.codeNo, c])),
      campaigns,
      trails: trailMap,
      trailsByCheckpoint,
    };
    this.loadedAt = startedAt;
    return this.snapshot;
  }
}
