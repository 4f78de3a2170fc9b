import {
  type CheckInResponse,
  type CheckInSource,
  localTime,
  type ScienceCard,
  type StampDto,
  trailProgress,
  type TrailProgressDto,
} from '@xinghuo/shared';
import type { Client } from 'pg';
import type { Campaign } from '../campaigns/campaign.entity';
import type { CatalogSnapshot } from '../catalog/catalog.service';
import { AppError, ERROR_STATUS, errorBody } from '../common/app-error';
import type { Checkpoint } from '../venues/checkpoint.entity';
import type { Venue } from '../venues/venue.entity';
import type { Verdict } from './check-in.rules';
import { type BatchRead, INSERT_AND_READ, type StampRow, WRITE_DERIVED } from './check-in.sql';

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

export interface Job {
  item: PendingCheckIn;
  snapshot: CatalogSnapshot;
  resolve: (outcome: CheckInOutcome) => void;
}

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

export const reply = (error: AppError): CheckInOutcome => ({
  statusCode: ERROR_STATUS[error.code],
  json: JSON.stringify(errorBody(error)),
});

/**
 * One transaction of two statements, whatever the batch size: the first reads stored
 * idempotency answers and visitors, inserts the fresh check-ins and reads what trail progress
 * needs; the second writes everything derived (counts, visits, progress, stored answers).
 * BEGIN goes out together with the first and COMMIT with the second, so a batch costs two
 * round trips.
 */
export async function writeBatch(
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
  const read = await insertAndRead(q, leaderIdx, batch, pairs);

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
async function insertAndRead(
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
