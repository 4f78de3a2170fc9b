import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { type PassportResponse, trailProgress, type TrailProgressDto } from '@xinghuo/shared';
import { DataSource, type EntityManager, QueryFailedError, Repository } from 'typeorm';
import { AuthError } from '../auth/auth.errors';
import { CatalogService } from '../catalog/catalog.service';
import { CheckIn } from '../check-ins/check-in.entity';
import { toStampDto, toTrailProgressDto } from '../check-ins/check-in.mappers';
import { TrailProgress } from '../stats/trail-progress.entity';
import { StatsFolder } from '../stats/stats.folder';
import { TrailFold } from '../stats/trail-funnel.entity';
import { VenueVisit } from '../stats/venue-visit.entity';
import type { UpdateProfileDto } from './visitor.dto';
import { Visitor } from './visitor.entity';

const ERASE_ATTEMPTS = 20;
const PROGRESS_LOCK_TIMEOUT_MS = 50;
/** PostgreSQL's lock_not_available, what lock_timeout raises. */
const LOCK_NOT_AVAILABLE = '55P03';

@Injectable()
export class VisitorService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectRepository(Visitor) private readonly visitors: Repository<Visitor>,
    @InjectRepository(CheckIn) private readonly checkIns: Repository<CheckIn>,
    @InjectRepository(TrailProgress) private readonly progress: Repository<TrailProgress>,
    private readonly catalog: CatalogService,
    private readonly folder: StatsFolder,
  ) {}

  private async find(id: string): Promise<Visitor> {
    const visitor = await this.visitors.findOneBy({ id });
    if (!visitor) throw AuthError.visitorGone();
    return visitor;
  }

  profile(v: Visitor): PassportResponse['visitor'] {
    return {
      id: v.id,
      nickname: v.nickname,
      audienceGroup: v.audienceGroup,
      createdAt: v.createdAt.toISOString(),
    };
  }

  async update(id: string, dto: UpdateProfileDto): Promise<PassportResponse['visitor']> {
    const visitor = await this.find(id);
    if (dto.nickname !== undefined) visitor.nickname = dto.nickname?.trim() || null;
    if (dto.audienceGroup !== undefined) visitor.audienceGroup = dto.audienceGroup;
    return this.profile(await this.visitors.save(visitor));
  }

  /** Stamps newest first, and progress on every published trail the visitor has begun. */
  async passport(id: string): Promise<PassportResponse> {
    const visitor = await this.find(id);
    const snapshot = await this.catalog.get();
    const [stamps, progressRows] = await Promise.all([
      this.checkIns.find({
        where: { visitorId: id, status: 'accepted' },
        order: { scannedAt: 'DESC' },
      }),
      this.progress.findBy({ visitorKey: id }),
    ]);
    const stamped = new Set(stamps.map((s) => s.checkpointId).filter((c): c is string => !!c));
    const completedAt = new Map(progressRows.map((p) => [p.trailId, p.completedAt]));
    const trails: TrailProgressDto[] = [];
    for (const { trail, checkpointIds } of snapshot.trails.values()) {
      if (!checkpointIds.some((c) => stamped.has(c))) continue;
      const p = trailProgress({ id: trail.id, ordered: trail.ordered, checkpointIds }, stamped);
      trails.push(toTrailProgressDto(trail, p, completedAt.get(trail.id) ?? null));
    }
    trails.sort(
      (a, b) =>
        Number(b.completed) - Number(a.completed) || b.collected / b.total - a.collected / a.total,
    );
    return {
      visitor: this.profile(visitor),
      stamps: stamps.flatMap((s) => {
        const checkpoint = s.checkpointId ? snapshot.checkpoints.get(s.checkpointId) : undefined;
        const venue = checkpoint && snapshot.venues.get(checkpoint.venueId);
        return checkpoint && venue
          ? [
              toStampDto(
                { id: s.id, scanned_at: s.scannedAt, received_at: s.receivedAt, source: s.source },
                checkpoint,
                venue,
              ),
            ]
          : [];
      }),
      trails,
    };
  }

  /**
   * Erases the person: the visitor row and with it their check-ins, answers and idempotency
   * records, and every aggregate row keyed by them. Their part in the figures is folded first,
   * so the counts stay while nothing left links one of their visits to another.
   *
   * Order matters: the fold lock first (so no fold is halfway through their rows), then the
   * visitor row FOR UPDATE, which waits for any writer batch that already inserted a row of
   * theirs to commit and makes every later one fail its foreign-key check on this row and be
   * refused. Taken the other way round, a batch waiting on the row could hold up the fold.
   *
   * One wait can still go in a circle: a batch answering a repeat scan updates the visitor's
   * trail progress before its foreign-key check, so it may hold that row while waiting for the
   * visitor row. The progress delete therefore waits briefly; on timeout the erasure rolls back,
   * lets the batch through, and starts again, instead of stalling the writer until PostgreSQL's
   * deadlock detector picks a victim.
   */
  async erase(id: string): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.db.transaction((tx) => this.eraseOnce(tx, id));
        return;
      } catch (error) {
        const lockTimeout =
          error instanceof QueryFailedError &&
          (error.driverError as { code?: string }).code === LOCK_NOT_AVAILABLE;
        if (!lockTimeout || attempt >= ERASE_ATTEMPTS) throw error;
        await new Promise((resolve) => setTimeout(resolve, 5 * attempt));
      }
    }
  }

  private async eraseOnce(tx: EntityManager, id: string): Promise<void> {
    await this.folder.lockFolds(tx);
    const found = (await tx.query('SELECT id FROM visitor WHERE id = $1 FOR UPDATE', [
      id,
    ])) as unknown[];
    if (found.length === 0) return;
    await this.folder.foldVisitor(tx, id);
    await tx.getRepository(VenueVisit).delete({ visitorKey: id });
    await tx.getRepository(TrailFold).delete({ visitorKey: id });
    await tx.query(`SET LOCAL lock_timeout = '${PROGRESS_LOCK_TIMEOUT_MS}ms'`);
    await tx.getRepository(TrailProgress).delete({ visitorKey: id });
    await tx.getRepository(Visitor).delete({ id });
  }
}
