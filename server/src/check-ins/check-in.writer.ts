import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type CheckInResponse,
  type CheckInSource,
  localTime,
  type StampDto,
  trailProgress,
  type TrailProgressDto,
} from '@xinghuo/shared';
import { DataSource, type QueryRunner } from 'typeorm';
import type { Campaign } from '../campaigns/campaign.entity';
import type { CatalogSnapshot } from '../catalog/catalog.service';
import { AppError, ERROR_STATUS, errorBody } from '../common/app-error';
import type { Checkpoint } from '../venues/checkpoint.entity';
import type { Venue } from '../venues/venue.entity';
import type { Verdict } from './check-in.rules';

export interface PendingCheckIn {
  visitorId: string;
  idempotencyKey: string;
  requestHash: string;
  scannedAt: Date;
  receivedAt: Date;
  verdict: Verdict;
  checkpoint?: Checkpoint;
  venue?: Venue;
  campaign?: Campaign;
}

export interface CheckInOutcome {
  statusCode: number;
  body: unknown;
}

interface Job {
  item: PendingCheckIn;
  snapshot: CatalogSnapshot;
  resolve: (outcome: CheckInOutcome) => void;
}

interface StampRow {
  id: string;
  visitor_id: string;
  checkpoint_id: string;
  scanned_at: Date;
  received_at: Date;
  source: CheckInSource;
}

const MAX_BATCH = 256;

const reply = (error: AppError): CheckInOutcome => ({
  statusCode: ERROR_STATUS[error.code],
  body: errorBody(error),
});

/**
 * Group commit for check-ins. Requests that arrive while a batch is being written wait and go
 * together in the next one, so a burst costs a handful of statements and one commit instead of
 * one commit each. A batch is a single transaction: stamps, rejections, aggregates, trail
 * progress and idempotency records land together or not at all. One batch at a time per
 * process, so batches never contend with each other; uniqueness across processes rests on the
 * database's constraints.
 */
@Injectable()
export class CheckInWriter {
  private readonly logger = new Logger('CheckInWriter');
  private queue: Job[] = [];
  private flushing = false;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  submit(item: PendingCheckIn, snapshot: CatalogSnapshot): Promise<CheckInOutcome> {
    return new Promise((resolve) => {
      this.queue.push({ item, snapshot, resolve });
      if (!this.flushing) {
        this.flushing = true;
        // Let the requests already parsed in this turn of the event loop join the first batch.
        setImmediate(() => void this.drain());
      }
    });
  }

  private async drain(): Promise<void> {
    try {
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0, MAX_BATCH);
        await this.writeWithFallback(batch);
      }
    } finally {
      this.flushing = false;
    }
  }

  /** A failed batch is retried one by one, so one bad item cannot fail its neighbours. */
  private async writeWithFallback(batch: Job[]): Promise<void> {
    try {
      await this.write(batch);
    } catch (error) {
      if (batch.length === 1) {
        this.logger.error(
          `check-in write failed: ${(error as Error).message}`,
          (error as Error).stack,
        );
        batch[0]!.resolve(reply(new AppError('INTERNAL_ERROR')));
        return;
      }
      for (const job of batch) await this.writeWithFallback([job]);
    }
  }

  private async write(batch: Job[]): Promise<void> {
    const runner = this.db.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      const outcomes = await this.writeBatch(runner, batch);
      await runner.commitTransaction();
      batch.forEach((job, i) => job.resolve(outcomes[i]!));
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }

  private async writeBatch(q: QueryRunner, batch: Job[]): Promise<CheckInOutcome[]> {
    const outcomes: Array<CheckInOutcome | undefined> = new Array(batch.length);
    const keyOf = (j: Job) => `${j.item.visitorId}\u0000${j.item.idempotencyKey}`;

    // The first job with a key leads; later ones in the same batch follow its outcome.
    const leaders = new Map<string, number>();
    batch.forEach((job, i) => {
      if (!leaders.has(keyOf(job))) leaders.set(keyOf(job), i);
    });
    const leaderIdx = [...leaders.values()];
    const leaderJobs = leaderIdx.map((i) => batch[i]!);

    const [existing, visitors] = await Promise.all([
      q.query(
        `SELECT r.visitor_id, r.key, r.request_hash, r.status_code, r.response
           FROM idempotency_record r
           JOIN unnest($1::uuid[], $2::varchar[]) AS k(visitor_id, key)
             ON r.visitor_id = k.visitor_id AND r.key = k.key`,
        [leaderJobs.map((j) => j.item.visitorId), leaderJobs.map((j) => j.item.idempotencyKey)],
      ) as Promise<
        Array<{
          visitor_id: string;
          key: string;
          request_hash: string;
          status_code: number;
          response: unknown;
        }>
      >,
      q.query(`SELECT id, audience_group FROM visitor WHERE id = ANY($1::uuid[])`, [
        [...new Set(leaderJobs.map((j) => j.item.visitorId))],
      ]) as Promise<Array<{ id: string; audience_group: string | null }>>,
    ]);
    const existingByKey = new Map(existing.map((r) => [`${r.visitor_id}\u0000${r.key}`, r]));
    const audienceOf = new Map(visitors.map((v) => [v.id, v.audience_group ?? 'unknown']));

    const fresh: number[] = [];
    for (const i of leaderIdx) {
      const job = batch[i]!;
      const record = existingByKey.get(keyOf(job));
      if (record) {
        outcomes[i] =
          record.request_hash === job.item.requestHash
            ? { statusCode: record.status_code, body: record.response }
            : reply(new AppError('IDEMPOTENCY_KEY_REUSED'));
      } else if (!audienceOf.has(job.item.visitorId)) {
        outcomes[i] = reply(new AppError('UNAUTHENTICATED', '访客记录不存在，请重新进入'));
      } else {
        fresh.push(i);
      }
    }

    const inserted = await this.insertCheckIns(
      q,
      fresh.map((i) => batch[i]!.item),
    );
    const repeats = await this.findExistingStamps(
      q,
      fresh
        .filter((i) => batch[i]!.item.verdict.ok && !inserted.has(keyOf(batch[i]!)))
        .map((i) => batch[i]!.item),
    );

    const stampOf = (i: number): StampRow | undefined => {
      const item = batch[i]!.item;
      if (!item.verdict.ok) return undefined;
      return (
        inserted.get(keyOf(batch[i]!)) ??
        repeats.get(
          `${item.visitorId}\u0000${item.checkpoint!.id}\u0000${item.campaign!.id}\u0000${item.verdict.periodKey}`,
        )
      );
    };

    await this.updateAggregates(
      q,
      fresh.map((i) => ({ job: batch[i]!, isNew: inserted.has(keyOf(batch[i]!)) })),
      audienceOf,
    );
    const progress = await this.updateTrailProgress(
      q,
      fresh.filter((i) => batch[i]!.item.verdict.ok).map((i) => batch[i]!),
      audienceOf,
    );

    for (const i of fresh) {
      const { item, snapshot } = batch[i]!;
      const verdict = item.verdict;
      if (!verdict.ok) {
        outcomes[i] = reply(
          new AppError(
            verdict.code,
            verdict.message,
            verdict.details ? { details: verdict.details } : {},
          ),
        );
        continue;
      }
      const stamp = stampOf(i);
      if (!stamp) throw new Error('stamp neither inserted nor found');
      const isNew = inserted.has(keyOf(batch[i]!));
      const checkpoint = item.checkpoint!;
      const venue = item.venue!;
      const body: CheckInResponse = {
        outcome: isNew ? 'accepted' : 'repeat',
        stamp: toStampDto(stamp, checkpoint, venue),
        card: checkpoint.card,
        trails: (snapshot.trailsByCheckpoint.get(checkpoint.id) ?? [])
          .map((trailId) => progress.get(`${item.visitorId}\u0000${trailId}`))
          .filter((p): p is TrailProgressDto => p !== undefined),
      };
      outcomes[i] = { statusCode: isNew ? 201 : 200, body };
    }

    if (fresh.length > 0) {
      await q.query(
        `INSERT INTO idempotency_record (visitor_id, key, request_hash, status_code, response)
         SELECT v, k, h, s, r::jsonb FROM unnest($1::uuid[], $2::varchar[], $3::char(64)[], $4::smallint[], $5::text[]) AS u(v, k, h, s, r)
         ON CONFLICT DO NOTHING`,
        [
          fresh.map((i) => batch[i]!.item.visitorId),
          fresh.map((i) => batch[i]!.item.idempotencyKey),
          fresh.map((i) => batch[i]!.item.requestHash),
          fresh.map((i) => outcomes[i]!.statusCode),
          fresh.map((i) => JSON.stringify(outcomes[i]!.body)),
        ],
      );
    }

    // Followers share their leader's outcome when they sent the same request.
    batch.forEach((job, i) => {
      if (outcomes[i]) return;
      const lead = leaders.get(keyOf(job))!;
      outcomes[i] =
        batch[lead]!.item.requestHash === job.item.requestHash
          ? outcomes[lead]
          : reply(new AppError('IDEMPOTENCY_KEY_REUSED'));
    });
    return outcomes as CheckInOutcome[];
  }

  /** Rejections always insert; a stamp that already exists for the period is skipped (repeat). */
  private async insertCheckIns(
    q: QueryRunner,
    items: PendingCheckIn[],
  ): Promise<Map<string, StampRow>> {
    const result = new Map<string, StampRow>();
    if (items.length === 0) return result;
    const rows = (await q.query(
      `INSERT INTO check_in (visitor_id, checkpoint_id, venue_id, campaign_id, status, reason, period_key,
                             scanned_at, received_at, source, idempotency_key, geofence, accuracy_bucket)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::varchar[], $6::varchar[], $7::varchar[],
                            $8::timestamptz[], $9::timestamptz[], $10::varchar[], $11::varchar[], $12::varchar[], $13::varchar[])
       ON CONFLICT (visitor_id, checkpoint_id, campaign_id, period_key) WHERE status = 'accepted' DO NOTHING
       RETURNING id, visitor_id, checkpoint_id, idempotency_key, status, scanned_at, received_at, source`,
      [
        items.map((i) => i.visitorId),
        items.map((i) => i.checkpoint?.id ?? null),
        items.map((i) => i.venue?.id ?? null),
        items.map((i) => i.campaign?.id ?? null),
        items.map((i) => (i.verdict.ok ? 'accepted' : 'rejected')),
        items.map((i) => (i.verdict.ok ? null : i.verdict.code)),
        items.map((i) => (i.verdict.ok ? i.verdict.periodKey : null)),
        items.map((i) => i.scannedAt),
        items.map((i) => i.receivedAt),
        items.map((i) => i.verdict.source),
        items.map((i) => i.idempotencyKey),
        items.map((i) => i.verdict.geofence),
        items.map((i) => i.verdict.accuracyBucket),
      ],
    )) as Array<StampRow & { idempotency_key: string; status: string }>;
    for (const row of rows) {
      if (row.status === 'accepted')
        result.set(`${row.visitor_id}\u0000${row.idempotency_key}`, row);
    }
    return result;
  }

  private async findExistingStamps(
    q: QueryRunner,
    items: PendingCheckIn[],
  ): Promise<Map<string, StampRow>> {
    const result = new Map<string, StampRow>();
    if (items.length === 0) return result;
    const rows = (await q.query(
      `SELECT c.id, c.visitor_id, c.checkpoint_id, c.campaign_id, c.period_key, c.scanned_at, c.received_at, c.source
         FROM check_in c
         JOIN unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::varchar[]) AS k(visitor_id, checkpoint_id, campaign_id, period_key)
           ON c.visitor_id = k.visitor_id AND c.checkpoint_id = k.checkpoint_id
          AND c.campaign_id = k.campaign_id AND c.period_key = k.period_key
        WHERE c.status = 'accepted'`,
      [
        items.map((i) => i.visitorId),
        items.map((i) => i.checkpoint!.id),
        items.map((i) => i.campaign!.id),
        items.map((i) => (i.verdict.ok ? i.verdict.periodKey : '')),
      ],
    )) as Array<StampRow & { campaign_id: string; period_key: string }>;
    for (const row of rows) {
      result.set(
        `${row.visitor_id}\u0000${row.checkpoint_id}\u0000${row.campaign_id}\u0000${row.period_key}`,
        row,
      );
    }
    return result;
  }

  /** Hourly counts by outcome, and the first stamp of a visitor at a venue on a day. */
  private async updateAggregates(
    q: QueryRunner,
    items: Array<{ job: Job; isNew: boolean }>,
    audienceOf: Map<string, string>,
  ): Promise<void> {
    const counts = new Map<
      string,
      {
        venue: string;
        checkpoint: string;
        day: string;
        hour: number;
        group: string;
        outcome: string;
        n: number;
      }
    >();
    const visits = new Map<
      string,
      { venue: string; day: string; visitor: string; group: string; hour: number }
    >();
    for (const { job, isNew } of items) {
      const { item } = job;
      if (!item.venue || !item.checkpoint) continue;
      const t = localTime(item.scannedAt, item.venue.timezone);
      const group = audienceOf.get(item.visitorId) ?? 'unknown';
      const outcome = item.verdict.ok ? (isNew ? 'accepted' : 'repeat') : item.verdict.code;
      const key = [item.venue.id, item.checkpoint.id, t.date, t.hour, group, outcome].join('|');
      const entry = counts.get(key);
      if (entry) entry.n += 1;
      else
        counts.set(key, {
          venue: item.venue.id,
          checkpoint: item.checkpoint.id,
          day: t.date,
          hour: t.hour,
          group,
          outcome,
          n: 1,
        });
      if (item.verdict.ok && isNew) {
        const vkey = `${item.venue.id}|${t.date}|${item.visitorId}`;
        if (!visits.has(vkey))
          visits.set(vkey, {
            venue: item.venue.id,
            day: t.date,
            visitor: item.visitorId,
            group,
            hour: t.hour,
          });
      }
    }
    if (counts.size > 0) {
      const c = [...counts.values()];
      await q.query(
        `INSERT INTO check_in_stat (venue_id, checkpoint_id, day, hour, audience_group, outcome, count)
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::date[], $4::smallint[], $5::varchar[], $6::varchar[], $7::int[])
         ON CONFLICT (venue_id, checkpoint_id, day, hour, audience_group, outcome)
         DO UPDATE SET count = check_in_stat.count + EXCLUDED.count`,
        [
          c.map((x) => x.venue),
          c.map((x) => x.checkpoint),
          c.map((x) => x.day),
          c.map((x) => x.hour),
          c.map((x) => x.group),
          c.map((x) => x.outcome),
          c.map((x) => x.n),
        ],
      );
    }
    if (visits.size > 0) {
      const v = [...visits.values()];
      await q.query(
        `INSERT INTO venue_visit (venue_id, day, visitor_key, audience_group, first_hour)
         SELECT * FROM unnest($1::uuid[], $2::date[], $3::uuid[], $4::varchar[], $5::smallint[])
         ON CONFLICT DO NOTHING`,
        [
          v.map((x) => x.venue),
          v.map((x) => x.day),
          v.map((x) => x.visitor),
          v.map((x) => x.group),
          v.map((x) => x.hour),
        ],
      );
    }
  }

  /** Progress on every published trail holding the stamped checkpoints, keyed visitor + trail. */
  private async updateTrailProgress(
    q: QueryRunner,
    jobs: Job[],
    audienceOf: Map<string, string>,
  ): Promise<Map<string, TrailProgressDto>> {
    const result = new Map<string, TrailProgressDto>();
    const pairs = new Map<
      string,
      { visitorId: string; trailId: string; at: Date; snapshot: CatalogSnapshot }
    >();
    const checkpointIds = new Set<string>();
    for (const { item, snapshot } of jobs) {
      for (const trailId of snapshot.trailsByCheckpoint.get(item.checkpoint!.id) ?? []) {
        const key = `${item.visitorId}\u0000${trailId}`;
        if (!pairs.has(key))
          pairs.set(key, { visitorId: item.visitorId, trailId, at: item.scannedAt, snapshot });
        for (const id of snapshot.trails.get(trailId)?.checkpointIds ?? []) checkpointIds.add(id);
      }
    }
    if (pairs.size === 0) return result;
    const list = [...pairs.values()];
    const stampedRows = (await q.query(
      `SELECT DISTINCT visitor_id, checkpoint_id FROM check_in
        WHERE status = 'accepted' AND visitor_id = ANY($1::uuid[]) AND checkpoint_id = ANY($2::uuid[])`,
      [[...new Set(list.map((p) => p.visitorId))], [...checkpointIds]],
    )) as Array<{ visitor_id: string; checkpoint_id: string }>;
    const stamped = new Map<string, Set<string>>();
    for (const row of stampedRows) {
      const set = stamped.get(row.visitor_id) ?? new Set<string>();
      set.add(row.checkpoint_id);
      stamped.set(row.visitor_id, set);
    }
    const computed = list.map((p) => {
      const trail = p.snapshot.trails.get(p.trailId)!;
      return {
        ...p,
        trail,
        progress: trailProgress(
          { id: p.trailId, ordered: trail.trail.ordered, checkpointIds: trail.checkpointIds },
          stamped.get(p.visitorId) ?? new Set(),
        ),
      };
    });
    const rows = (await q.query(
      `INSERT INTO trail_progress (trail_id, visitor_key, collected, total, audience_group, started_at, completed_at, updated_at)
       SELECT t, v, c, n, g, at, CASE WHEN done THEN at END, now()
         FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::int[], $5::varchar[], $6::timestamptz[], $7::bool[]) AS u(t, v, c, n, g, at, done)
       ON CONFLICT (trail_id, visitor_key) DO UPDATE
         SET collected = EXCLUDED.collected, total = EXCLUDED.total, updated_at = now(),
             completed_at = COALESCE(trail_progress.completed_at, EXCLUDED.completed_at)
       RETURNING trail_id, visitor_key, completed_at`,
      [
        computed.map((p) => p.trailId),
        computed.map((p) => p.visitorId),
        computed.map((p) => p.progress.collected),
        computed.map((p) => p.progress.total),
        computed.map((p) => audienceOf.get(p.visitorId) ?? 'unknown'),
        computed.map((p) => p.at),
        computed.map((p) => p.progress.completed),
      ],
    )) as Array<{ trail_id: string; visitor_key: string; completed_at: Date | null }>;
    const completedAt = new Map(
      rows.map((r) => [`${r.visitor_key}\u0000${r.trail_id}`, r.completed_at]),
    );
    for (const p of computed) {
      const key = `${p.visitorId}\u0000${p.trailId}`;
      const done = completedAt.get(key) ?? null;
      result.set(key, {
        trailId: p.trailId,
        trailName: p.trail.trail.name,
        collected: p.progress.collected,
        total: p.progress.total,
        completed: p.progress.completed,
        nextPosition: p.progress.nextPosition,
        completedAt: done ? done.toISOString() : null,
      });
    }
    return result;
  }
}

export function toStampDto(
  row: { id: string; scanned_at: Date; received_at: Date; source: CheckInSource },
  checkpoint: Checkpoint,
  venue: Venue,
): StampDto {
  return {
    checkInId: String(row.id),
    checkpointId: checkpoint.id,
    checkpointName: checkpoint.name,
    venueId: venue.id,
    venueName: venue.name,
    scannedAt: row.scanned_at.toISOString(),
    receivedAt: row.received_at.toISOString(),
    source: row.source,
  };
}
