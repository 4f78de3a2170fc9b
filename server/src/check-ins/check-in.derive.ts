import { DEFAULT_TIMEZONE, localTime, type Progress, trailProgress } from '@xinghuo/shared';
import type { CatalogSnapshot } from '../catalog/catalog.service';
import { OFFLINE_REPLAY_PERIOD, type Verdict } from './check-in.rules';
import type { Job } from './check-in.types';

/** The one way composite keys are built: parts joined by a character no id or key can hold. */
export const joinKey = (...parts: ReadonlyArray<string | number>): string => parts.join('\u0000');

/** A visitor's stamp is unique per checkpoint, campaign and period (the partial unique index). */
export const stampKey = (r: {
  visitor_id: string;
  checkpoint_id: string;
  campaign_id: string;
  period_key: string;
}): string => joinKey(r.visitor_id, r.checkpoint_id, r.campaign_id, r.period_key);

/** A (visitor, published trail) touched by a stamp in the batch, with the first scan time. */
export interface TrailPair {
  visitorId: string;
  trailId: string;
  at: Date;
  snapshot: CatalogSnapshot;
}

/** Each (visitor, trail) the accepted scans of a batch touch, keyed by `joinKey(visitor, trail)`. */
export function trailPairs(jobs: readonly Job[]): Map<string, TrailPair> {
  const pairs = new Map<string, TrailPair>();
  for (const { item, snapshot } of jobs) {
    if (!item.verdict.ok || !item.checkpoint) continue;
    for (const trailId of snapshot.trailsByCheckpoint.get(item.checkpoint.id) ?? []) {
      const key = joinKey(item.visitorId, trailId);
      if (!pairs.has(key)) {
        pairs.set(key, { visitorId: item.visitorId, trailId, at: item.scannedAt, snapshot });
      }
    }
  }
  return pairs;
}

/** Checkpoints stamped per visitor, from any number of (visitor, checkpoint) rows. */
export function stampedByVisitor(
  rows: Iterable<{ visitor_id: string; checkpoint_id: string }>,
): Map<string, Set<string>> {
  const stamped = new Map<string, Set<string>>();
  for (const { visitor_id, checkpoint_id } of rows) {
    const set = stamped.get(visitor_id) ?? new Set<string>();
    set.add(checkpoint_id);
    stamped.set(visitor_id, set);
  }
  return stamped;
}

export interface PairProgress extends TrailPair {
  progress: Progress;
  /** Kept from the first completion; set now when this batch completes the trail. */
  completedAt: Date | null;
  group: string;
}

/**
 * Progress on every touched trail after the batch: the stamps that existed before it merged with
 * the batch's own. A completion already recorded keeps its time. Pairs of visitors the batch
 * does not write for (unknown visitor, replayed key) are left out.
 */
export function mergeProgress(
  pairs: Map<string, TrailPair>,
  stamped: Map<string, Set<string>>,
  priorCompletion: Map<string, Date>,
  groupOf: Map<string, string>,
): Map<string, PairProgress> {
  const merged = new Map<string, PairProgress>();
  for (const [key, pair] of pairs) {
    const group = groupOf.get(pair.visitorId);
    const entry = pair.snapshot.trails.get(pair.trailId);
    if (group === undefined || !entry) continue;
    const progress = trailProgress(
      { id: pair.trailId, ordered: entry.trail.ordered, checkpointIds: entry.checkpointIds },
      stamped.get(pair.visitorId) ?? new Set(),
    );
    const completedAt = priorCompletion.get(key) ?? (progress.completed ? pair.at : null);
    merged.set(key, { ...pair, progress, completedAt, group });
  }
  return merged;
}

/** A scan the batch records (not a replay): whether it made a new stamp, and the visitor's group. */
export interface FreshItem {
  job: Job;
  isNew: boolean;
  group: string;
}

export interface StatRow {
  venue_id: string;
  checkpoint_id: string;
  day: string;
  hour: number;
  audience_group: string;
  outcome: string;
  count: number;
}

export interface VisitRow {
  venue_id: string;
  day: string;
  visitor_key: string;
  audience_group: string;
  first_hour: number;
}

export interface ProgressRow {
  trail_id: string;
  visitor_key: string;
  collected: number;
  total: number;
  audience_group: string;
  started_at: Date;
  completed_at: Date | null;
}

/**
 * The venue and checkpoint `check_in_stat` files a scan under when its code named none (not
 * ours, altered, or of a deleted checkpoint): no row of the catalogue has this id.
 */
export const NO_CHECKPOINT_ID = '00000000-0000-0000-0000-000000000000';

/**
 * What `check_in_stat.outcome` counts a scan as: a new stamp (`accepted`, or `offline_replay`
 * when a scan from an older period earned it), a `repeat`, or the rejection code.
 */
export function statOutcome(verdict: Verdict, isNew: boolean): string {
  if (!verdict.ok) return verdict.code;
  if (!isNew) return 'repeat';
  return verdict.periodKey === OFFLINE_REPLAY_PERIOD ? 'offline_replay' : 'accepted';
}

/**
 * Everything the batch adds to the aggregates: hourly counts by outcome (`statOutcome`) in the
 * venue's local time, first visits of a venue on a local day, and
 * trail progress. Counters are sorted by key: every writer updates shared rows in one order,
 * which rules out deadlocks between concurrent batches.
 */
export function derivedRows(
  items: readonly FreshItem[],
  progress: Iterable<PairProgress>,
): { stats: StatRow[]; visits: VisitRow[]; progress: ProgressRow[] } {
  const counts = new Map<string, StatRow>();
  const visits = new Map<string, VisitRow>();
  for (const { job, isNew, group } of items) {
    const { item } = job;
    const { verdict, venue, checkpoint } = item;
    const venueId = venue?.id ?? NO_CHECKPOINT_ID;
    const checkpointId = checkpoint?.id ?? NO_CHECKPOINT_ID;
    // An unbelievable scan time would file the count years away: it counts when it arrived.
    const at =
      !verdict.ok && verdict.code === 'SCAN_TIME_INVALID' ? item.receivedAt : item.scannedAt;
    const t = localTime(at, venue?.timezone ?? DEFAULT_TIMEZONE);
    const outcome = statOutcome(verdict, isNew);
    const key = joinKey(venueId, checkpointId, t.date, t.hour, group, outcome);
    const entry = counts.get(key);
    if (entry) entry.count += 1;
    else {
      counts.set(key, {
        venue_id: venueId,
        checkpoint_id: checkpointId,
        day: t.date,
        hour: t.hour,
        audience_group: group,
        outcome,
        count: 1,
      });
    }
    const visitKey = joinKey(venueId, t.date, item.visitorId);
    if (verdict.ok && isNew && !visits.has(visitKey)) {
      visits.set(visitKey, {
        venue_id: venueId,
        day: t.date,
        visitor_key: item.visitorId,
        audience_group: group,
        first_hour: t.hour,
      });
    }
  }
  const stats = [...counts.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, row]) => row);
  return {
    stats,
    visits: [...visits.values()],
    progress: [...progress].map((p) => ({
      trail_id: p.trailId,
      visitor_key: p.visitorId,
      collected: p.progress.collected,
      total: p.progress.total,
      audience_group: p.group,
      started_at: p.at,
      completed_at: p.completedAt,
    })),
  };
}
