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

  /**
   * Two statements inside the transaction, whatever the batch size: the first reads stored
   * idempotency answers and visitors, inserts the fresh check-ins and reads what trail progress
   * needs; the second writes everything derived (counts, visits, progress, stored answers).
   */
  private async writeBatch(q: QueryRunner, batch: Job[]): Promise<CheckInOutcome[]> {
    const outcomes: Array<CheckInOutcome | undefined> = new Array(batch.length);
    const keyOf = (j: Job) => `${j.item.visitorId}\u0000${j.item.idempotencyKey}`;

    // The first job with a key leads; later ones in the same batch follow its outcome.
    const leaders = new Map<string, number>();
    batch.forEach((job, i) => {
      if (!leaders.has(keyOf(job))) leaders.set(keyOf(job), i);
    });
    const leaderIdx = [...leaders.values()];

    const pairs = trailPairs(leaderIdx.map((i) => batch[i]!).filter((j) => j.item.verdict.ok));
    const read = await this.insertAndRead(q, leaderIdx, batch, pairs);

    const knownByIndex = new Map(read.known.map((k) => [k.i, k]));
    const insertedByKey = new Map(
      read.ins.map((r) => [`${r.visitor_id}\u0000${r.idempotency_key}`, r]),
    );
    const stampKey = (r: {
      visitor_id: string;
      checkpoint_id: string;
      campaign_id: string;
      period_key: string;
    }) => `${r.visitor_id}\u0000${r.checkpoint_id}\u0000${r.campaign_id}\u0000${r.period_key}`;
    const stamps = new Map<string, StampRow>();
    for (const row of [...read.prior, ...read.ins.filter((r) => r.status === 'accepted')]) {
      if (!stamps.has(stampKey(row))) stamps.set(stampKey(row), row);
    }
    const audienceOf = new Map<string, string>();

    const fresh: number[] = [];
    for (const i of leaderIdx) {
      const job = batch[i]!;
      const known = knownByIndex.get(i);
      if (known?.hash) {
        outcomes[i] =
          known.hash === job.item.requestHash
            ? { statusCode: known.status!, body: known.response }
            : reply(new AppError('IDEMPOTENCY_KEY_REUSED'));
      } else if (!known?.exists) {
        outcomes[i] = reply(new AppError('UNAUTHENTICATED', '访客记录不存在，请重新进入'));
      } else {
        audienceOf.set(job.item.visitorId, known.audience ?? 'unknown');
        fresh.push(i);
      }
    }

    const stamped = new Map<string, Set<string>>();
    const addStamp = (visitor: string, checkpoint: string) => {
      const set = stamped.get(visitor) ?? new Set<string>();
      set.add(checkpoint);
      stamped.set(visitor, set);
    };
    for (const row of read.stamped) addStamp(row.visitor_id, row.checkpoint_id);
    for (const row of read.ins)
      if (row.status === 'accepted') addStamp(row.visitor_id, row.checkpoint_id);
    const priorCompletion = new Map(
      read.progress.map((p) => [`${p.visitor_key}\u0000${p.trail_id}`, p.completed_at]),
    );

    const progress = new Map<string, TrailProgressDto>();
    const progressRows: ProgressRow[] = [];
    for (const pair of pairs.values()) {
      if (!audienceOf.has(pair.visitorId)) continue;
      const entry = pair.snapshot.trails.get(pair.trailId)!;
      const p = trailProgress(
        { id: pair.trailId, ordered: entry.trail.ordered, checkpointIds: entry.checkpointIds },
        stamped.get(pair.visitorId) ?? new Set(),
      );
      const key = `${pair.visitorId}\u0000${pair.trailId}`;
      const prior = priorCompletion.get(key);
      const completedAt = prior ? new Date(prior) : p.completed ? pair.at : null;
      progress.set(key, {
        trailId: pair.trailId,
        trailName: entry.trail.name,
        collected: p.collected,
        total: p.total,
        completed: p.completed,
        nextPosition: p.nextPosition,
        completedAt: completedAt ? completedAt.toISOString() : null,
      });
      progressRows.push({
        ...pair,
        collected: p.collected,
        total: p.total,
        completedAt,
        group: audienceOf.get(pair.visitorId)!,
      });
    }

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
      const isNew = insertedByKey.get(keyOf(batch[i]!))?.status === 'accepted';
      const stamp = stamps.get(
        stampKey({
          visitor_id: item.visitorId,
          checkpoint_id: item.checkpoint!.id,
          campaign_id: item.campaign!.id,
          period_key: verdict.periodKey,
        }),
      );
      if (!stamp) throw new Error('stamp neither inserted nor found');
      const checkpoint = item.checkpoint!;
      const body: CheckInResponse = {
        outcome: isNew ? 'accepted' : 'repeat',
        stamp: toStampDto(stamp, checkpoint, item.venue!),
        card: checkpoint.card,
        trails: (snapshot.trailsByCheckpoint.get(checkpoint.id) ?? [])
          .map((trailId) => progress.get(`${item.visitorId}\u0000${trailId}`))
          .filter((p): p is TrailProgressDto => p !== undefined),
      };
      outcomes[i] = { statusCode: isNew ? 201 : 200, body };
    }

    await this.writeDerived(
      q,
      fresh.map((i) => ({
        job: batch[i]!,
        isNew: insertedByKey.has(keyOf(batch[i]!)),
        outcome: outcomes[i]!,
      })),
      audienceOf,
      progressRows,
    );

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

  /**
   * One statement: stored answers and visitors for every leader; the insert of the fresh ones
   * (a stamp that already exists for the period is skipped: a repeat); the stamps they collide
   * with; and the stamps and completions trail progress needs. Reads see the database as it was
   * before the insert, so the new rows are merged in by the caller.
   */
  private async insertAndRead(
    q: QueryRunner,
    leaderIdx: number[],
    batch: Job[],
    pairs: Map<string, TrailPair>,
  ): Promise<BatchRead> {
    const items = leaderIdx.map((i) => batch[i]!.item);
    const trailCheckpoints = new Set<string>();
    for (const p of pairs.values()) {
      for (const id of p.snapshot.trails.get(p.trailId)?.checkpointIds ?? [])
        trailCheckpoints.add(id);
    }
    const pairList = [...pairs.values()];
    const rows = (await q.query(
      `WITH input AS (
         SELECT * FROM unnest($1::int[], $2::uuid[], $3::uuid[], $4::uuid[], $5::uuid[], $6::varchar[], $7::varchar[],
                              $8::varchar[], $9::timestamptz[], $10::timestamptz[], $11::varchar[], $12::varchar[],
                              $13::varchar[], $14::varchar[])
           AS u(i, visitor_id, checkpoint_id, venue_id, campaign_id, status, reason, period_key, scanned_at,
                received_at, source, idempotency_key, geofence, accuracy_bucket)
       ),
       known AS (
         SELECT n.*, v.audience_group, v.id IS NOT NULL AS visitor_exists,
                r.request_hash AS stored_hash, r.status_code AS stored_status, r.response AS stored_response
           FROM input n
           LEFT JOIN LATERAL (SELECT id, audience_group FROM visitor WHERE id = n.visitor_id LIMIT 1) v ON true
           LEFT JOIN idempotency_record r ON r.visitor_id = n.visitor_id AND r.key = n.idempotency_key
       ),
       ins AS (
         INSERT INTO check_in (visitor_id, checkpoint_id, venue_id, campaign_id, status, reason, period_key,
                               scanned_at, received_at, source, idempotency_key, geofence, accuracy_bucket)
         SELECT visitor_id, checkpoint_id, venue_id, campaign_id, status, reason, period_key,
                scanned_at, received_at, source, idempotency_key, geofence, accuracy_bucket
           FROM known WHERE visitor_exists AND stored_hash IS NULL ORDER BY i
         ON CONFLICT (visitor_id, checkpoint_id, campaign_id, period_key) WHERE status = 'accepted' DO NOTHING
         RETURNING id, visitor_id, checkpoint_id, campaign_id, period_key, idempotency_key, status,
                   scanned_at, received_at, source
       ),
       prior AS (
         SELECT c.id, c.visitor_id, c.checkpoint_id, c.campaign_id, c.period_key, c.scanned_at, c.received_at, c.source
           FROM check_in c
           JOIN known k ON c.visitor_id = k.visitor_id AND c.checkpoint_id = k.checkpoint_id
                       AND c.campaign_id = k.campaign_id AND c.period_key = k.period_key
          WHERE c.status = 'accepted' AND k.status = 'accepted' AND k.visitor_exists AND k.stored_hash IS NULL
       ),
       stamped AS (
         SELECT DISTINCT visitor_id, checkpoint_id FROM check_in
          WHERE status = 'accepted' AND visitor_id = ANY($15::uuid[]) AND checkpoint_id = ANY($16::uuid[])
       ),
       progress AS (
         SELECT p.trail_id, p.visitor_key, p.completed_at
           FROM trail_progress p
           JOIN unnest($17::uuid[], $18::uuid[]) AS k(trail_id, visitor_key)
             ON p.trail_id = k.trail_id AND p.visitor_key = k.visitor_key
          WHERE p.completed_at IS NOT NULL
       )
       SELECT
         (SELECT coalesce(json_agg(json_build_object('i', i, 'exists', visitor_exists, 'audience', audience_group,
                   'hash', stored_hash, 'status', stored_status, 'response', stored_response)), '[]') FROM known) AS known,
         (SELECT coalesce(json_agg(ins), '[]') FROM ins) AS ins,
         (SELECT coalesce(json_agg(prior), '[]') FROM prior) AS prior,
         (SELECT coalesce(json_agg(stamped), '[]') FROM stamped) AS stamped,
         (SELECT coalesce(json_agg(progress), '[]') FROM progress) AS progress`,
      [
        leaderIdx,
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
        [...new Set(pairList.map((p) => p.visitorId))],
        [...trailCheckpoints],
        pairList.map((p) => p.trailId),
        pairList.map((p) => p.visitorId),
      ],
    )) as [BatchRead];
    const read = rows[0];
    const dated = <T extends StampRow>(r: T): T => ({
      ...r,
      scanned_at: new Date(r.scanned_at),
      received_at: new Date(r.received_at),
    });
    return { ...read, ins: read.ins.map(dated), prior: read.prior.map(dated) };
  }

  /** One statement: hourly counts, first visits, trail progress and the stored answers. */
  private async writeDerived(
    q: QueryRunner,
    items: Array<{ job: Job; isNew: boolean; outcome: CheckInOutcome }>,
    audienceOf: Map<string, string>,
    progressRows: ProgressRow[],
  ): Promise<void> {
    if (items.length === 0) return;
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
    const c = [...counts.values()];
    const v = [...visits.values()];
    await q.query(
      `WITH stat AS (
         INSERT INTO check_in_stat (venue_id, checkpoint_id, day, hour, audience_group, outcome, count)
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::date[], $4::smallint[], $5::varchar[], $6::varchar[], $7::int[])
         ON CONFLICT (venue_id, checkpoint_id, day, hour, audience_group, outcome)
         DO UPDATE SET count = check_in_stat.count + EXCLUDED.count
       ),
       visit AS (
         INSERT INTO venue_visit (venue_id, day, visitor_key, audience_group, first_hour)
         SELECT * FROM unnest($8::uuid[], $9::date[], $10::uuid[], $11::varchar[], $12::smallint[])
         ON CONFLICT DO NOTHING
       ),
       progress AS (
         INSERT INTO trail_progress (trail_id, visitor_key, collected, total, audience_group, started_at, completed_at, updated_at)
         SELECT t, v, c, n, g, at, done, now()
           FROM unnest($13::uuid[], $14::uuid[], $15::int[], $16::int[], $17::varchar[], $18::timestamptz[], $19::timestamptz[])
             AS u(t, v, c, n, g, at, done)
         ON CONFLICT (trail_id, visitor_key) DO UPDATE
           SET collected = EXCLUDED.collected, total = EXCLUDED.total, updated_at = now(),
               completed_at = COALESCE(trail_progress.completed_at, EXCLUDED.completed_at)
       )
       INSERT INTO idempotency_record (visitor_id, key, request_hash, status_code, response)
       SELECT v, k, h, s, r::jsonb
         FROM unnest($20::uuid[], $21::varchar[], $22::char(64)[], $23::smallint[], $24::text[]) AS u(v, k, h, s, r)
       ON CONFLICT DO NOTHING`,
      [
        c.map((x) => x.venue),
        c.map((x) => x.checkpoint),
        c.map((x) => x.day),
        c.map((x) => x.hour),
        c.map((x) => x.group),
        c.map((x) => x.outcome),
        c.map((x) => x.n),
        v.map((x) => x.venue),
        v.map((x) => x.day),
        v.map((x) => x.visitor),
        v.map((x) => x.group),
        v.map((x) => x.hour),
        progressRows.map((p) => p.trailId),
        progressRows.map((p) => p.visitorId),
        progressRows.map((p) => p.collected),
        progressRows.map((p) => p.total),
        progressRows.map((p) => p.group),
        progressRows.map((p) => p.at),
        progressRows.map((p) => p.completedAt),
        items.map((x) => x.job.item.visitorId),
        items.map((x) => x.job.item.idempotencyKey),
        items.map((x) => x.job.item.requestHash),
        items.map((x) => x.outcome.statusCode),
        items.map((x) => JSON.stringify(x.outcome.body)),
      ],
    );
  }
}

interface TrailPair {
  visitorId: string;
  trailId: string;
  at: Date;
  snapshot: CatalogSnapshot;
}

interface ProgressRow extends TrailPair {
  collected: number;
  total: number;
  completedAt: Date | null;
  group: string;
}

interface BatchRead {
  known: Array<{
    i: number;
    exists: boolean;
    audience: string | null;
    hash: string | null;
    status: number | null;
    response: unknown;
  }>;
  ins: Array<
    StampRow & { campaign_id: string; period_key: string; idempotency_key: string; status: string }
  >;
  prior: Array<StampRow & { campaign_id: string; period_key: string }>;
  stamped: Array<{ visitor_id: string; checkpoint_id: string }>;
  progress: Array<{ trail_id: string; visitor_key: string; completed_at: string }>;
}

/** Each (visitor, published trail) touched by a stamp in the batch, first scan time kept. */
function trailPairs(jobs: Job[]): Map<string, TrailPair> {
  const pairs = new Map<string, TrailPair>();
  for (const { item, snapshot } of jobs) {
    for (const trailId of snapshot.trailsByCheckpoint.get(item.checkpoint!.id) ?? []) {
      const key = `${item.visitorId}\u0000${trailId}`;
      if (!pairs.has(key))
        pairs.set(key, { visitorId: item.visitorId, trailId, at: item.scannedAt, snapshot });
    }
  }
  return pairs;
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
