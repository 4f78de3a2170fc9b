import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
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
const MISSING_CACHE_SIZE = 10_000;

/**
 * The catalogue (regions, venues, checkpoints, campaigns, published trails) held in memory so
 * the check-in path reads no catalogue rows. It is small next to check-ins and reloaded when
 * older than 30 s, or at once for a code naming a checkpoint it does not hold yet.
 */
@Injectable()
export class CatalogService {
  private snapshot: CatalogSnapshot | null = null;
  private loadedAt = 0;
  private loading: Promise<CatalogSnapshot> | null = null;
  /** Code numbers a reload did not find, with the snapshot that reload made. */
  private readonly missing = new Map<number, CatalogSnapshot>();

  constructor(
    @InjectRepository(Region) private readonly regions: Repository<Region>,
    @InjectRepository(Venue) private readonly venues: Repository<Venue>,
    @InjectRepository(Checkpoint) private readonly checkpoints: Repository<Checkpoint>,
    @InjectRepository(Campaign) private readonly campaigns: Repository<Campaign>,
    @InjectRepository(Trail) private readonly trails: Repository<Trail>,
    @InjectRepository(TrailStop) private readonly stops: Repository<TrailStop>,
  ) {}

  async get(): Promise<CatalogSnapshot> {
    if (this.snapshot && Date.now() - this.loadedAt < MAX_AGE_MS) return this.snapshot;
    return this.reload();
  }

  /** The next `get()` reloads. */
  invalidate(): void {
    this.loadedAt = 0;
  }

  /**
   * The snapshot that holds the checkpoint a code names, and the checkpoint; venue, campaign and
   * trails must be read from that same snapshot, which is why both come back together. A code
   * naming a checkpoint the snapshot does not hold (created since the last load) reloads it at
   * once. Only a code signed by us gets here, so the only codes still unknown after a reload are
   * of deleted checkpoints: each is remembered until the next load, so they cannot make every
   * scan reload.
   */
  async withCheckpoint(
    codeNo: number,
  ): Promise<{ snapshot: CatalogSnapshot; checkpoint: Checkpoint | undefined }> {
    const snapshot = await this.get();
    const checkpoint = snapshot.checkpointsByCodeNo.get(codeNo);
    if (checkpoint || this.missing.get(codeNo) === snapshot) return { snapshot, checkpoint };
    const fresh = await this.reload();
    const found = fresh.checkpointsByCodeNo.get(codeNo);
    if (!found) {
      if (this.missing.size >= MISSING_CACHE_SIZE) this.missing.clear();
      this.missing.set(codeNo, fresh);
    }
    return { snapshot: fresh, checkpoint: found };
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
      this.regions.find(),
      this.venues.find(),
      this.checkpoints.find({ order: { sortOrder: 'ASC', codeNo: 'ASC' } }),
      this.campaigns.find({ order: { startsAt: 'ASC' } }),
      this.trails.find({ where: { status: 'published' } }),
      this.stops.find({ order: { trailId: 'ASC', position: 'ASC' } }),
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
