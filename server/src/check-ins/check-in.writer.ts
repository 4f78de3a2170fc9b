import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type CheckInResponse,
  type CheckInSource,
  localTime,
  type ScienceCard,
  type StampDto,
  trailProgress,
  type TrailProgressDto,
} from '@xinghuo/shared';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
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
  /** The response body, serialized once. */
  json: string;
  /** What is stored for the Idempotency-Key when it differs from `json`: a stamp's answer without its science card. */
  stored?: string;
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

/**
 * A stamp's stored answer leaves out the science card: the card is the largest part of the
 * answer and already held by the catalogue, so a replay takes it from there (the card as it is
 * now, which is the same unless staff edited it in between).
 */
type StoredStampAnswer = Omit<CheckInResponse, 'card'>;

const cardJsons = new WeakMap<ScienceCard, string>();

function cardJson(card: ScienceCard): string {
  let json = cardJsons.get(card);
  if (json === undefined) {
    json = JSON.stringify(card);
    cardJsons.set(card, json);
  }
  return json;
}

function replay(statusCode: number, stored: unknown, snapshot: CatalogSnapshot): CheckInOutcome {
  const answer = stored as Partial<StoredStampAnswer> & { card?: ScienceCard };
  if (answer.stamp && answer.card === undefined) {
    const card = snapshot.checkpoints.get(answer.stamp.checkpointId)?.card ?? {
      title: answer.stamp.checkpointName,
      body: '',
    };
    return { statusCode, json: JSON.stringify({ ...answer, card }) };
  }
  return { statusCode, json: JSON.stringify(stored) };
}

const reply = (error: AppError): CheckInOutcome => ({
  statusCode: ERROR_STATUS[error.code],
  json: JSON.stringify(errorBody(error)),
});

/**
 * Group commit for check-ins. Requests that arrive while a batch is being written wait and go
 * together in the next one, so a burst costs a handful of statements and one commit instead of
 * one commit each. A batch is a single transaction: stamps, rejections, aggregates, trail
 * progress and idempotency records land together or not at all. Batches go one after another
 * on the writer's own connection, so they never contend with each other; uniqueness across
 * processes rests on the database's constraints.
 */
@Injectable()
export class CheckInWriter implements OnModuleDestroy {
  private readonly logger = new Logger('CheckInWriter');
  private queue: Job[] = [];
  private draining: Promise<void> | null = null;
  private connecting: Promise<Client> | null = null;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  submit(item: PendingCheckIn, snapshot: CatalogSnapshot): Promise<CheckInOutcome> {
    return new Promise((resolve) => {
      this.queue.push({ item, snapshot, resolve });
      // Let the requests already parsed in this turn of the event loop join the first batch.
      this.draining ??= new Promise<void>((started) => setImmediate(started)).then(() =>
        this.drain(),
      );
    });
  }

  /**
   * Batches overlap by half: the next one is sent as soon as this one's COMMIT is on its way,
   * so the database goes from one batch's COMMIT straight to the next one's first statement
   * without waiting for the round trip. They share one connection, so the next batch still
   * starts after the COMMIT and reads what it wrote.
   */
  private async drain(): Promise<void> {
    try {
      let previous: Attempt | null = null;
      while (this.queue.length > 0 || previous) {
        if (this.queue.length === 0) {
          await this.settle(previous!);
          previous = null;
          continue;
        }
        const current = this.attempt(this.queue.splice(0, MAX_BATCH));
        await current.sent;
        const failure = previous && (await previous.result);
        if (failure) {
          // Writing one by one needs the connection to itself.
          await current.result;
          await this.settle(previous!);
          await this.settle(current);
          previous = null;
        } else {
          previous = current;
        }
      }
    } finally {
      this.draining = null;
    }
  }

  /**
   * Sends a batch's transaction. `sent` resolves once its last statement is queued on the
   * connection (or it has failed); `result` once it has committed and its requests are answered,
   * or with the error that stopped it, every statement it began already ended.
   */
  private attempt(batch: Job[]): Attempt {
    let markSent!: () => void;
    const sent = new Promise<void>((resolve) => (markSent = resolve));
    const result = (async (): Promise<Error | null> => {
      let client: Client | undefined;
      let open = false;
      try {
        client = await this.connection();
        open = true;
        const { outcomes, committed } = await this.writeBatch(client, batch);
        open = false;
        markSent();
        await committed;
        batch.forEach((job, i) => job.resolve(outcomes[i]!));
        return null;
      } catch (error) {
        const failed = client;
        if (failed && open) {
          // Queued at once, so it goes out before the next batch's BEGIN.
          failed.query('ROLLBACK').catch(() => this.discard(failed));
        }
        return error instanceof Error ? error : new Error(String(error));
      } finally {
        markSent();
      }
    })();
    return { batch, sent, result };
  }

  /** A failed batch is written again one check-in at a time, so one bad item cannot fail its neighbours. */
  private async settle(attempt: Attempt): Promise<void> {
    const error = await attempt.result;
    if (!error) return;
    if (attempt.batch.length === 1) {
      this.logger.error(`check-in write failed: ${error.message}`, error.stack);
      attempt.batch[0]!.resolve(reply(new AppError('INTERNAL_ERROR')));
      return;
    }
    for (const job of attempt.batch) await this.settle(this.attempt([job]));
  }

  /**
   * The writer's own connection, outside TypeORM's pool: in pipeline mode `pg` sends a query
   * without waiting for the answer to the one before, so BEGIN travels with the first statement
   * and COMMIT with the second, and a batch costs two round trips instead of four.
   */
  private connection(): Promise<Client> {
    this.connecting ??= (async () => {
      const { url } = this.db.options as PostgresConnectionOptions;
      const client = new Client({
        connectionString: url,
        application_name: 'xinghuo-check-in-writer',
        pipeline: true,
        // The statements are prepared once per connection and planned once, not per batch. Every
        // table they touch is reached by key, so scans are ruled out: a plan made while the
        // tables were nearly empty would otherwise scan them whole for as long as it is cached.
        options: '-c plan_cache_mode=force_generic_plan -c enable_seqscan=off',
      });
      client.on('error', (error) => {
        this.logger.warn(`writer connection lost: ${error.message}`);
        this.discard(client);
      });
      try {
        await client.connect();
      } catch (error) {
        this.connecting = null;
        throw error;
      }
      return client;
    })();
    return this.connecting;
  }

  private discard(client: Client): void {
    const current = this.connecting;
    void current
      ?.then((open) => {
        if (open === client && this.connecting === current) this.connecting = null;
      })
      .catch(() => undefined);
    client.end().catch(() => undefined);
  }

  async onModuleDestroy(): Promise<void> {
    await this.draining;
    const client = await this.connecting?.catch(() => null);
    this.connecting = null;
    await client?.end().catch(() => undefined);
  }

  /**
   * One transaction of two statements, whatever the batch size: the first reads stored
   * idempotency answers and visitors, inserts the fresh check-ins and reads what trail progress
   * needs; the second writes everything derived (counts, visits, progress, stored answers).
   * BEGIN goes out together with the first and COMMIT with the second, so a batch costs two
   * round trips.
   */
  private async writeBatch(
    q: Client,
    batch: Job[],
  ): Promise<{ outcomes: CheckInOutcome[]; committed: Promise<unknown> }> {
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
            ? replay(known.status!, known.response, job.snapshot)
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
      const answer: StoredStampAnswer = {
        outcome: isNew ? 'accepted' : 'repeat',
        stamp: toStampDto(stamp, checkpoint, item.venue!),
        trails: (snapshot.trailsByCheckpoint.get(checkpoint.id) ?? [])
          .map((trailId) => progress.get(`${item.visitorId}\u0000${trailId}`))
          .filter((p): p is TrailProgressDto => p !== undefined),
      };
      const stored = JSON.stringify(answer);
      outcomes[i] = {
        statusCode: isNew ? 201 : 200,
        json: `${stored.slice(0, -1)},"card":${cardJson(checkpoint.card)}}`,
        stored,
      };
    }

    const derived = derivedValues(
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

    // After a failed statement PostgreSQL answers COMMIT by rolling back; the failure rejects.
    const committed = Promise.all([
      derived && q.query({ name: 'check_in_write_derived', text: WRITE_DERIVED, values: derived }),
      q.query('COMMIT'),
    ]);
    return { outcomes: outcomes as CheckInOutcome[], committed };
  }

  /**
   * One statement: stored answers and visitors for every leader; the insert of the fresh ones
   * (a stamp that already exists for the period is skipped: a repeat); the stamps they collide
   * with; and the stamps and completions trail progress needs. Reads see the database as it was
   * before the insert, so the new rows are merged in by the caller. Opens the transaction.
   */
  private async insertAndRead(
    q: Client,
    leaderIdx: number[],
    batch: Job[],
    pairs: Map<string, TrailPair>,
  ): Promise<BatchRead> {
    const input = leaderIdx.map((i) => {
      const { item } = batch[i]!;
      const { verdict } = item;
      return {
        i,
        visitor_id: item.visitorId,
        checkpoint_id: item.checkpoint?.id ?? null,
        venue_id: item.venue?.id ?? null,
        campaign_id: item.campaign?.id ?? null,
        status: verdict.ok ? 'accepted' : 'rejected',
        reason: verdict.ok ? null : verdict.code,
        period_key: verdict.ok ? verdict.periodKey : null,
        scanned_at: item.scannedAt,
        received_at: item.receivedAt,
        source: verdict.source,
        idempotency_key: item.idempotencyKey,
        geofence: verdict.geofence,
        accuracy_bucket: verdict.accuracyBucket,
      };
    });
    const trailCheckpoints = new Set<string>();
    for (const p of pairs.values()) {
      for (const id of p.snapshot.trails.get(p.trailId)?.checkpointIds ?? [])
        trailCheckpoints.add(id);
    }
    const pairList = [...pairs.values()];
    const [, result] = await Promise.all([
      q.query('BEGIN'),
      q.query<BatchRead>({
        name: 'check_in_insert_and_read',
        text: INSERT_AND_READ,
        values: [
          JSON.stringify(input),
          [...new Set(pairList.map((p) => p.visitorId))],
          [...trailCheckpoints],
          JSON.stringify(pairList.map((p) => ({ trail_id: p.trailId, visitor_key: p.visitorId }))),
        ],
      }),
    ]);
    const read = result.rows[0]!;
    const dated = <T extends StampRow>(r: T): T => ({
      ...r,
      scanned_at: new Date(r.scanned_at),
      received_at: new Date(r.received_at),
    });
    return { ...read, ins: read.ins.map(dated), prior: read.prior.map(dated) };
  }
}

/** One statement: hourly counts, first visits, trail progress and the stored answers. */
function derivedValues(
  items: Array<{ job: Job; isNew: boolean; outcome: CheckInOutcome }>,
  audienceOf: Map<string, string>,
  progressRows: ProgressRow[],
): string[] | null {
  if (items.length === 0) return null;
  const counts = new Map<
    string,
    {
      venue_id: string;
      checkpoint_id: string;
      day: string;
      hour: number;
      audience_group: string;
      outcome: string;
      count: number;
    }
  >();
  const visits = new Map<
    string,
    {
      venue_id: string;
      day: string;
      visitor_key: string;
      audience_group: string;
      first_hour: number;
    }
  >();
  for (const { job, isNew } of items) {
    const { item } = job;
    if (!item.venue || !item.checkpoint) continue;
    const t = localTime(item.scannedAt, item.venue.timezone);
    const group = audienceOf.get(item.visitorId) ?? 'unknown';
    const outcome = item.verdict.ok ? (isNew ? 'accepted' : 'repeat') : item.verdict.code;
    const key = [item.venue.id, item.checkpoint.id, t.date, t.hour, group, outcome].join('|');
    const entry = counts.get(key);
    if (entry) entry.count += 1;
    else
      counts.set(key, {
        venue_id: item.venue.id,
        checkpoint_id: item.checkpoint.id,
        day: t.date,
        hour: t.hour,
        audience_group: group,
        outcome,
        count: 1,
      });
    if (item.verdict.ok && isNew) {
      const vkey = `${item.venue.id}|${t.date}|${item.visitorId}`;
      if (!visits.has(vkey))
        visits.set(vkey, {
          venue_id: item.venue.id,
          day: t.date,
          visitor_key: item.visitorId,
          audience_group: group,
          first_hour: t.hour,
        });
    }
  }
  // Counters are shared by every writer; updating them in one order everywhere rules out
  // deadlocks between concurrent batches.
  const stats = [...counts.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, entry]) => entry);
  const progress = progressRows.map((p) => ({
    trail_id: p.trailId,
    visitor_key: p.visitorId,
    collected: p.collected,
    total: p.total,
    audience_group: p.group,
    started_at: p.at,
    completed_at: p.completedAt,
  }));
  // Built by hand to embed each stored answer as JSON rather than as an escaped string; every
  // other field is a UUID, a key of [A-Za-z0-9_-], a hex digest or a number.
  const answers = `[${items
    .map(
      ({ job: { item }, outcome }) =>
        `{"visitor_id":"${item.visitorId}","key":"${item.idempotencyKey}",` +
        `"request_hash":"${item.requestHash}","status_code":${outcome.statusCode},` +
        `"response":${outcome.stored ?? outcome.json}}`,
    )
    .join(',')}]`;
  return [
    JSON.stringify(stats),
    JSON.stringify([...visits.values()]),
    JSON.stringify(progress),
    answers,
  ];
}

const INSERT_AND_READ = `
  WITH input AS (
    SELECT * FROM json_to_recordset($1::json)
      AS u(i int, visitor_id uuid, checkpoint_id uuid, venue_id uuid, campaign_id uuid, status varchar,
           reason varchar, period_key varchar, scanned_at timestamptz, received_at timestamptz,
           source varchar, idempotency_key varchar, geofence varchar, accuracy_bucket varchar)
  ),
  known AS (
    SELECT n.*, v.audience_group, v.id IS NOT NULL AS visitor_exists,
           r.request_hash AS stored_hash, r.status_code AS stored_status, r.response AS stored_response
      FROM input n
      LEFT JOIN LATERAL (SELECT id, audience_group FROM visitor WHERE id = n.visitor_id LIMIT 1) v ON true
      LEFT JOIN LATERAL (SELECT * FROM idempotency_record r
                          WHERE r.visitor_id = n.visitor_id AND r.key = n.idempotency_key LIMIT 1) r ON true
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
      FROM known k
      CROSS JOIN LATERAL (
        SELECT * FROM check_in c
         WHERE c.visitor_id = k.visitor_id AND c.checkpoint_id = k.checkpoint_id
           AND c.campaign_id = k.campaign_id AND c.period_key = k.period_key AND c.status = 'accepted'
         LIMIT 1
      ) c
     WHERE k.status = 'accepted' AND k.visitor_exists AND k.stored_hash IS NULL
  ),
  stamped AS (
    SELECT DISTINCT visitor_id, checkpoint_id FROM check_in
     WHERE status = 'accepted' AND visitor_id = ANY($2::uuid[]) AND checkpoint_id = ANY($3::uuid[])
  ),
  progress AS (
    SELECT p.trail_id, p.visitor_key, p.completed_at
      FROM json_to_recordset($4::json) AS k(trail_id uuid, visitor_key uuid)
      -- One primary-key lookup per pair, whatever the planner guesses of the input's size (the
      -- LIMIT keeps the subquery from being flattened into a join it might hash).
      CROSS JOIN LATERAL (
        SELECT * FROM trail_progress p
         WHERE p.trail_id = k.trail_id AND p.visitor_key = k.visitor_key AND p.completed_at IS NOT NULL
         LIMIT 1
      ) p
  )
  SELECT
    (SELECT coalesce(json_agg(json_build_object('i', i, 'exists', visitor_exists, 'audience', audience_group,
              'hash', stored_hash, 'status', stored_status, 'response', stored_response)), '[]') FROM known) AS known,
    (SELECT coalesce(json_agg(ins), '[]') FROM ins) AS ins,
    (SELECT coalesce(json_agg(prior), '[]') FROM prior) AS prior,
    (SELECT coalesce(json_agg(stamped), '[]') FROM stamped) AS stamped,
    (SELECT coalesce(json_agg(progress), '[]') FROM progress) AS progress`;

const WRITE_DERIVED = `
  WITH stat AS (
    INSERT INTO check_in_stat (venue_id, checkpoint_id, day, hour, audience_group, outcome, count)
    SELECT * FROM json_to_recordset($1::json)
      AS u(venue_id uuid, checkpoint_id uuid, day date, hour smallint, audience_group varchar,
           outcome varchar, count int)
    ON CONFLICT (venue_id, checkpoint_id, day, hour, audience_group, outcome)
    DO UPDATE SET count = check_in_stat.count + EXCLUDED.count
  ),
  visit AS (
    INSERT INTO venue_visit (venue_id, day, visitor_key, audience_group, first_hour)
    SELECT * FROM json_to_recordset($2::json)
      AS u(venue_id uuid, day date, visitor_key uuid, audience_group varchar, first_hour smallint)
    ON CONFLICT DO NOTHING
  ),
  progress AS (
    INSERT INTO trail_progress (trail_id, visitor_key, collected, total, audience_group, started_at,
                                completed_at, updated_at)
    SELECT trail_id, visitor_key, collected, total, audience_group, started_at, completed_at, now()
      FROM json_to_recordset($3::json)
        AS u(trail_id uuid, visitor_key uuid, collected int, total int, audience_group varchar,
             started_at timestamptz, completed_at timestamptz)
    ON CONFLICT (trail_id, visitor_key) DO UPDATE
      SET collected = EXCLUDED.collected, total = EXCLUDED.total, updated_at = now(),
          completed_at = COALESCE(trail_progress.completed_at, EXCLUDED.completed_at)
  )
  INSERT INTO idempotency_record (visitor_id, key, request_hash, status_code, response)
  SELECT * FROM json_to_recordset($4::json)
    AS u(visitor_id uuid, key varchar, request_hash char(64), status_code smallint, response jsonb)
  ON CONFLICT DO NOTHING`;

interface Attempt {
  batch: Job[];
  sent: Promise<void>;
  result: Promise<Error | null>;
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
