import type { TrailProgressDto } from '@xinghuo/shared';
import type { Client } from 'pg';
import { AuthError } from '../auth/auth.errors';
import { CheckInError } from './check-in.errors';
import {
  derivedRows,
  type FreshItem,
  joinKey,
  mergeProgress,
  type PairProgress,
  stampedByVisitor,
  stampKey,
  type TrailPair,
  trailPairs,
} from './check-in.derive';
import {
  errorOutcome,
  replayOutcome,
  stampOutcome,
  toStampDto,
  toTrailProgressDto,
} from './check-in.mappers';
import {
  answersInput,
  type BatchRead,
  INSERT_AND_READ,
  type StampRow,
  WRITE_DERIVED,
} from './check-in.sql';
import type { CheckInOutcome, Job } from './check-in.types';

type Indexed = FreshItem & { index: number };
type StampWithKey = BatchRead['prior'][number];

const requestKey = (job: Job) => joinKey(job.item.visitorId, job.item.idempotencyKey);

/**
 * One batch as one transaction of two statements, whatever its size: the first reads stored
 * answers and visitors, inserts the fresh check-ins and reads what trail progress needs; the
 * second writes everything derived (counts, visits, progress, stored answers). BEGIN goes out
 * with the first and COMMIT with the second, so a batch costs two round trips. The first job
 * with an Idempotency-Key leads; later ones in the batch with the same key follow its answer.
 * A code that named no checkpoint (junk) is counted but neither recorded nor stored: its answer
 * depends on the code alone, so a retry gets the same one.
 */
export async function writeBatch(
  q: Client,
  batch: Job[],
): Promise<{ outcomes: CheckInOutcome[]; committed: Promise<unknown> }> {
  const leaders = new Map<string, number>();
  batch.forEach((job, i) => {
    if (!leaders.has(requestKey(job))) leaders.set(requestKey(job), i);
  });
  const leaderIdx = [...leaders.values()];
  const pairs = trailPairs(leaderIdx.map((i) => batch[i]!));
  const read = await insertAndRead(q, leaderIdx, batch, pairs);

  const outcomes: Array<CheckInOutcome | undefined> = new Array(batch.length);
  const fresh = sortLeaders(batch, leaderIdx, read, outcomes);
  const accepted = read.ins.filter((r) => r.status === 'accepted');
  const progress = mergeProgress(
    pairs,
    stampedByVisitor([...read.stamped, ...accepted]),
    new Map(
      read.progress.map((p) => [joinKey(p.visitor_key, p.trail_id), new Date(p.completed_at)]),
    ),
    new Map(fresh.map((f) => [f.job.item.visitorId, f.group])),
  );
  const stamps = new Map<string, StampWithKey>();
  for (const row of [...read.prior, ...accepted]) {
    if (!stamps.has(stampKey(row))) stamps.set(stampKey(row), row);
  }
  for (const f of fresh) outcomes[f.index] = answer(f, stamps, progress);

  // Followers share their leader's outcome when they sent the same request.
  batch.forEach((job, i) => {
    if (outcomes[i]) return;
    const lead = batch[leaders.get(requestKey(job))!]!;
    outcomes[i] =
      lead.item.requestHash === job.item.requestHash
        ? outcomes[leaders.get(requestKey(job))!]
        : errorOutcome(new CheckInError('IDEMPOTENCY_KEY_REUSED'));
  });

  const derived = fresh.length > 0 ? derivedRows(fresh, progress.values()) : null;
  // After a failed statement PostgreSQL answers COMMIT by rolling back; the failure rejects.
  const committed = Promise.all([
    derived &&
      q.query({
        name: 'check_in_write_derived',
        text: WRITE_DERIVED,
        values: [
          JSON.stringify(derived.stats),
          JSON.stringify(derived.visits),
          JSON.stringify(derived.progress),
          answersInput(
            fresh
              .filter((f) => f.job.item.checkpoint)
              .map((f) => ({ item: f.job.item, outcome: outcomes[f.index]! })),
          ),
        ],
      }),
    q.query('COMMIT'),
  ]);
  return { outcomes: outcomes as CheckInOutcome[], committed };
}

/**
 * Leaders whose key has a stored answer are replayed (or refused when the request differs),
 * leaders whose visitor is gone are refused; the rest are fresh: recorded by this batch, new
 * stamps when their insert went in.
 */
function sortLeaders(
  batch: Job[],
  leaderIdx: number[],
  read: BatchRead,
  outcomes: Array<CheckInOutcome | undefined>,
): Indexed[] {
  const known = new Map(read.known.map((k) => [k.i, k]));
  const inserted = new Map(read.ins.map((r) => [joinKey(r.visitor_id, r.idempotency_key), r]));
  const fresh: Indexed[] = [];
  for (const index of leaderIdx) {
    const job = batch[index]!;
    const k = known.get(index);
    if (k?.hash) {
      outcomes[index] =
        k.hash === job.item.requestHash
          ? replayOutcome(k.status!, k.response, job.snapshot)
          : errorOutcome(new CheckInError('IDEMPOTENCY_KEY_REUSED'));
    } else if (!k?.exists) {
      outcomes[index] = errorOutcome(AuthError.visitorGone());
    } else {
      const isNew = inserted.get(requestKey(job))?.status === 'accepted';
      fresh.push({ index, job, isNew, group: k.audience ?? 'unknown' });
    }
  }
  return fresh;
}

/** A fresh scan's answer: its rejection, or its stamp (new or the existing one) with trail progress. */
function answer(
  { job, isNew }: FreshItem,
  stamps: Map<string, StampWithKey>,
  progress: Map<string, PairProgress>,
): CheckInOutcome {
  const { item, snapshot } = job;
  const { verdict } = item;
  if (!verdict.ok) {
    return errorOutcome(
      new CheckInError(
        verdict.code,
        verdict.message,
        verdict.details ? { details: verdict.details } : {},
      ),
    );
  }
  const checkpoint = item.checkpoint!;
  const stamp = stamps.get(
    stampKey({
      visitor_id: item.visitorId,
      checkpoint_id: checkpoint.id,
      campaign_id: item.campaign!.id,
      period_key: verdict.periodKey,
    }),
  );
  if (!stamp) throw new Error('stamp neither inserted nor found');
  const trails: TrailProgressDto[] = [];
  for (const trailId of snapshot.trailsByCheckpoint.get(checkpoint.id) ?? []) {
    const p = progress.get(joinKey(item.visitorId, trailId));
    const entry = snapshot.trails.get(trailId);
    if (p && entry) trails.push(toTrailProgressDto(entry.trail, p.progress, p.completedAt));
  }
  return stampOutcome(
    {
      outcome: isNew ? 'accepted' : 'repeat',
      stamp: toStampDto(stamp, checkpoint, item.venue!),
      trails,
    },
    checkpoint.card,
  );
}

/**
 * The first statement (opens the transaction): stored answers and visitors for every leader,
 * the insert of the fresh ones (a stamp that already exists for the period is skipped: a
 * repeat), the stamps they collide with, and the stamps and completions trail progress needs.
 * Reads see the database as it was before the insert, so the caller merges the new rows in.
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
    for (const id of p.snapshot.trails.get(p.trailId)?.checkpointIds ?? []) {
      trailCheckpoints.add(id);
    }
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
