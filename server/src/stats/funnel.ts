import type { ApproximateMinutes } from '@xinghuo/shared';

/**
 * Lower edges, in minutes, of the time-to-finish histogram: 5-minute buckets up to 4 hours,
 * 30-minute ones up to a day, 6-hour ones up to 90 days. Bucket i (1-based, as PostgreSQL's
 * `width_bucket(minutes, edges)` numbers them) holds [edges[i-1], edges[i]); the last one is open.
 */
export const FINISH_BUCKET_EDGES: readonly number[] = (() => {
  const edges: number[] = [];
  for (let m = 0; m < 240; m += 5) edges.push(m);
  for (let m = 240; m < 1440; m += 30) edges.push(m);
  for (let m = 1440; m <= 90 * 1440; m += 360) edges.push(m);
  return edges;
})();

/** [low, high) minutes of a bucket; the open last bucket is reported as its lower edge. */
export function bucketRange(bucket: number): { low: number; high: number } {
  const low = FINISH_BUCKET_EDGES[Math.max(0, bucket - 1)] ?? 0;
  const high = FINISH_BUCKET_EDGES[bucket] ?? low;
  return { low, high };
}

/**
 * The lower median (the ⌈n/2⌉-th smallest time) from bucket counts: the middle of its bucket,
 * with half the bucket's width as the bound on how far the true value can be.
 */
export function medianFromBuckets(counts: Map<number, number>): ApproximateMinutes | null {
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  if (total <= 0) return null;
  const rank = Math.ceil(total / 2);
  let seen = 0;
  for (const bucket of [...counts.keys()].sort((a, b) => a - b)) {
    seen += counts.get(bucket)!;
    if (seen >= rank) {
      const { low, high } = bucketRange(bucket);
      return { minutes: (low + high) / 2, approximate: true, errorMinutes: (high - low) / 2 };
    }
  }
  return null;
}

/**
 * Funnel steps from how many visitors hold exactly k stamps: `steps[k-1]` is how many hold at
 * least k, for k = 1 … stops (more stamps than stops, after a trail lost a stop, count as all).
 */
export function funnelSteps(
  byCollected: Map<number, number>,
  stops: number,
): Array<{ stamps: number; visitors: number }> {
  const steps = Array.from({ length: stops }, (_, i) => ({ stamps: i + 1, visitors: 0 }));
  for (const [collected, count] of byCollected) {
    for (let k = 1; k <= Math.min(collected, stops); k++) steps[k - 1]!.visitors += count;
  }
  return steps;
}
