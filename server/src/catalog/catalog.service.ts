import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, Repository } from 'typeorm';
import { Campaign } from '../campaigns/campaign.entity';
import { Region } from '../regions/region.entity';
import { RegionTree } from '../regions/region-tree';
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
  regionTree: RegionTree;
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

/** The PostgreSQL channel on which writers announce catalogue changes to every process. */
export const CATALOG_CHANNEL = 'xinghuo_catalog';
/** `regions`: the division tree changed too (rare: a dataset load); `catalog`: anything else. */
export type CatalogChange = 'catalog' | 'regions';

/**
 * The catalogue (regions, venues, checkpoints, campaigns, published trails) held in memory so
 * the check-in path reads no catalogue rows. A change anywhere is announced with NOTIFY on
 * `CATALOG_CHANNEL` (see `CatalogListener`); a snapshot older than 30 s is reloaded as a safety
 * net; a code naming a checkpoint the snapshot does not hold yet reloads it at once. A reload
 * never holds up a reader: the old snapshot is served until the new one is swapped in whole.
 * The 45 k regions are read only on the first load and when `regions` changed.
 */
@Injectable()
export class CatalogService {
  private readonly logger = new Logger('Catalog');
  private snapshot: CatalogSnapshot | null = null;
  private loadedAt = 0;
  private loading: Promise<CatalogSnapshot> | null = null;
  /** Bumped by every invalidation; a snapshot is fresh when loaded for the latest value. */
  private wanted = 0;
  private loadedFor = -1;
  private regionTree: RegionTree | null = null;
  private regionsStale = true;
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

  /** The current snapshot at once; a stale one is still answered while its successor loads. */
  async get(): Promise<CatalogSnapshot> {
    if (!this.snapshot) return this.refresh();
    if (this.loadedFor < this.wanted || Date.now() - this.loadedAt >= MAX_AGE_MS) {
      this.startLoad();
    }
    return this.snapshot;
  }

  /** Marks the snapshot stale; the next `get()` starts a reload in the background. */
  invalidate(change: CatalogChange = 'catalog'): void {
    this.wanted += 1;
    if (change === 'regions') this.regionsStale = true;
  }

  /**
   * A snapshot loaded after this call: for a writer in this process that must read its own
   * change (the scan path never waits for this).
   */
  async refresh(change: CatalogChange = 'catalog'): Promise<CatalogSnapshot> {
    this.invalidate(change);
    const target = this.wanted;
    while (this.loadedFor < target) await (this.loading ?? this.startLoad());
    return this.snapshot!;
  }

  /** Tells every process (this one included) once the writer's transaction commits. */
  async announce(tx: EntityManager, change: CatalogChange = 'catalog'): Promise<void> {
    await tx.query('SELECT pg_notify($1, $2)', [CATALOG_CHANNEL, change]);
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
    const fresh = await this.refresh();
    const found = fresh.checkpointsByCodeNo.get(codeNo);
    if (!found) {
      if (this.missing.size >= MISSING_CACHE_SIZE) this.missing.clear();
      this.missing.set(codeNo, fresh);
    }
    return { snapshot: fresh, checkpoint: found };
  }

  private startLoad(): Promise<CatalogSnapshot> {
    if (this.loading) return this.loading;
    const generation = this.wanted;
    const startedAt = Date.now();
    this.loading = this.load()
      .then((snapshot) => {
        this.snapshot = snapshot;
        this.loadedAt = startedAt;
        this.loadedFor = generation;
        return snapshot;
      })
      .finally(() => {
        this.loading = null;
      });
    // A background reload that fails keeps the old snapshot; the next get() tries again.
    this.loading.catch((error: unknown) => {
      this.logger.warn(`catalogue reload failed: ${(error as Error).message}`);
    });
    return this.loading;
  }

  private async loadRegions(): Promise<RegionTree> {
    if (this.regionTree && !this.regionsStale) return this.regionTree;
    this.regionsStale = false;
    try {
      const rows = (await this.regions.query(
        'SELECT code, name, level, parent_code AS "parentCode", path FROM region',
      )) as Region[];
      this.regionTree = new RegionTree(rows);
      return this.regionTree;
    } catch (error) {
      this.regionsStale = true;
      throw error;
    }
  }

  private async load(): Promise<CatalogSnapshot> {
    const [regionTree, venues, checkpoints, campaigns, trails, stops] = await Promise.all([
      this.loadRegions(),
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
    return {
      regions: regionTree.byCode,
      regionTree,
      venues: new Map(venues.map((v) => [v.id, v])),
      checkpoints: new Map(checkpoints.map((c) => [c.id, c])),
      checkpointsByCodeNo: new Map(checkpoints.map((c) => [c.codeNo, c])),
      campaigns,
      trails: trailMap,
      trailsByCheckpoint,
    };
  }
}
