import { bucketRange, FINISH_BUCKET_EDGES, funnelSteps, medianFromBuckets } from './funnel';

/** What PostgreSQL's width_bucket(x, edges) answers, for the buckets the folder stores. */
function widthBucket(minutes: number): number {
  return FINISH_BUCKET_EDGES.filter((edge) => edge <= minutes).length;
}

describe('finish buckets', () => {
  it('are 5 minutes wide below 4 h, 30 below a day, 6 h beyond, and cover 90 days', () => {
    expect(bucketRange(widthBucket(0))).toEqual({ low: 0, high: 5 });
    expect(bucketRange(widthBucket(47))).toEqual({ low: 45, high: 50 });
    expect(bucketRange(widthBucket(250))).toEqual({ low: 240, high: 270 });
    expect(bucketRange(widthBucket(2000))).toEqual({ low: 1800, high: 2160 });
    expect(FINISH_BUCKET_EDGES.at(-1)).toBe(90 * 1440);
    const edges = [...FINISH_BUCKET_EDGES];
    expect(edges).toEqual([...edges].sort((a, b) => a - b));
    expect(new Set(edges).size).toBe(edges.length);
  });
});

describe('medianFromBuckets', () => {
  it('is null with nobody finished', () => {
    expect(medianFromBuckets(new Map())).toBeNull();
  });

  it('lies within its error of the true lower median', () => {
    const times = [12, 14, 33, 47, 51, 58, 61, 95, 300, 2000, 2001];
    const counts = new Map<number, number>();
    for (const t of times) counts.set(widthBucket(t), (counts.get(widthBucket(t)) ?? 0) + 1);
    const median = medianFromBuckets(counts)!;
    const trueLower = [...times].sort((a, b) => a - b)[Math.ceil(times.length / 2) - 1]!;
    expect(median.approximate).toBe(true);
    expect(Math.abs(median.minutes - trueLower)).toBeLessThanOrEqual(median.errorMinutes);
    expect(median).toEqual({ minutes: 57.5, approximate: true, errorMinutes: 2.5 });
  });

  it('takes the lower of two middles', () => {
    const counts = new Map([
      [widthBucket(10), 1],
      [widthBucket(100), 1],
    ]);
    expect(medianFromBuckets(counts)?.minutes).toBe(12.5);
  });
});

describe('funnelSteps', () => {
  it('counts each visitor at every step up to their stamps', () => {
    const steps = funnelSteps(
      new Map([
        [1, 5],
        [2, 3],
        [3, 2],
      ]),
      3,
    );
    expect(steps).toEqual([
      { stamps: 1, visitors: 10 },
      { stamps: 2, visitors: 5 },
      { stamps: 3, visitors: 2 },
    ]);
  });

  it('counts visitors with more stamps than stops as having all', () => {
    expect(funnelSteps(new Map([[4, 1]]), 2)).toEqual([
      { stamps: 1, visitors: 1 },
      { stamps: 2, visitors: 1 },
    ]);
  });
});
