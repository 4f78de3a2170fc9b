import {
  FIRST_VISIT,
  foldVisits,
  pairDeltas,
  pairKey,
  pairOfKey,
  type VisitRow,
  visitPairs,
} from './unique-pairs';

type Deltas = Map<number, number>;

/** The maintenance rule as stated: a new day d between p and s splits (p, s) into (p, d) and (d, s). */
function insertDay(days: number[], day: number): Deltas {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  const out: Deltas = new Map();
  if (sorted.includes(day)) return out;
  const p = sorted.filter((d) => d < day).pop() ?? FIRST_VISIT;
  const s = sorted.find((d) => d > day);
  out.set(pairKey(p, day), 1);
  if (s !== undefined) {
    out.set(pairKey(p, s), -1);
    out.set(pairKey(day, s), 1);
  }
  return out;
}

function addInto(counts: Deltas, deltas: Deltas): void {
  for (const [key, d] of deltas) counts.set(key, (counts.get(key) ?? 0) + d);
}

/** [day, prev, change] sorted, zeros left out. */
const nonZero = (m: Deltas) =>
  [...m]
    .filter(([, d]) => d !== 0)
    .map(([key, d]) => {
      const [prev, day] = pairOfKey(key);
      return [day, prev, d] as const;
    })
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);

/** How the dashboard reads the counts: Σ count over day ∈ [from, to] with prev < from. */
function uniquesBetween(counts: Deltas, from: number, to: number): number {
  let total = 0;
  for (const [key, count] of counts) {
    const [prev, day] = pairOfKey(key);
    if (day >= from && day <= to && prev < from) total += count;
  }
  return total;
}

/** Small deterministic PRNG, so a failure reproduces. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('pairKey', () => {
  it('keeps prev and day apart, first visits included', () => {
    for (const [prev, day] of [
      [FIRST_VISIT, 20341],
      [20340, 20341],
      [1, 20341],
    ] as const) {
      expect(pairOfKey(pairKey(prev, day))).toEqual([prev, day]);
    }
  });
});

describe('visitPairs', () => {
  it('pairs each day with the one before, the first with -infinity', () => {
    expect(visitPairs([5, 1, 3, 3])).toEqual([
      [FIRST_VISIT, 1],
      [1, 3],
      [3, 5],
    ]);
    expect(visitPairs([])).toEqual([]);
  });
});

describe('pairDeltas', () => {
  it('adds the first visit', () => {
    expect(nonZero(pairDeltas([], [2]))).toEqual([[2, FIRST_VISIT, 1]]);
  });

  it('splits the pair around a day that arrives late (an offline replay)', () => {
    expect(nonZero(pairDeltas([1, 5], [1, 3, 5]))).toEqual([
      [3, 1, 1],
      [5, 1, -1],
      [5, 3, 1],
    ]);
  });

  it('moves the first visit back when an earlier day arrives', () => {
    expect(nonZero(pairDeltas([4], [2, 4]))).toEqual([
      [2, FIRST_VISIT, 1],
      [4, FIRST_VISIT, -1],
      [4, 2, 1],
    ]);
  });

  it('changes nothing for a day already there', () => {
    expect(nonZero(pairDeltas([1, 2], [2, 1]))).toEqual([]);
  });

  it('equals the one-day rule applied day by day, in any arrival order', () => {
    const next = random(7);
    for (let run = 0; run < 200; run++) {
      const arrivals = Array.from({ length: 1 + Math.floor(next() * 8) }, () =>
        Math.floor(next() * 30),
      );
      const stepwise: Deltas = new Map();
      const seen: number[] = [];
      for (const d of arrivals) {
        addInto(stepwise, insertDay(seen, d));
        seen.push(d);
      }
      const split = Math.floor(next() * arrivals.length);
      const twoSteps: Deltas = new Map();
      addInto(twoSteps, pairDeltas([], arrivals.slice(0, split)));
      addInto(twoSteps, pairDeltas(arrivals.slice(0, split), arrivals));
      expect(nonZero(twoSteps)).toEqual(nonZero(stepwise));
      expect(nonZero(stepwise)).toEqual(nonZero(pairDeltas([], arrivals)));
    }
  });
});

describe('unique visitors from pair counts', () => {
  it('equals a distinct count for every period, whatever order the days arrived in', () => {
    const next = random(2025);
    const visitors = Array.from({ length: 300 }, () =>
      Array.from({ length: 1 + Math.floor(next() * 6) }, () => Math.floor(next() * 30)),
    );
    const counts: Deltas = new Map();
    for (const days of visitors) {
      // Days arrive in two folds, late ones included, as the folder sees them.
      const cut = Math.floor(next() * days.length);
      addInto(counts, pairDeltas([], days.slice(0, cut)));
      addInto(counts, pairDeltas(days.slice(0, cut), days));
    }
    for (let a = 0; a < 30; a++) {
      for (let b = a; b < 30; b++) {
        const expected = visitors.filter((days) => days.some((d) => d >= a && d <= b)).length;
        expect(uniquesBetween(counts, a, b)).toBe(expected);
      }
    }
  });
});

describe('foldVisits', () => {
  const SEP_10 = 20341;
  const row = (
    visitor: string,
    venue: string,
    day: number,
    seq: number,
    folded: boolean,
  ): VisitRow => ({
    visitor,
    venue,
    day,
    seq,
    folded,
    group: 'farmer',
  });
  const versions = [
    { venue: 'v1', fromSeq: 1, scopes: ['100000', 'v1'] },
    { venue: 'v2', fromSeq: 1, scopes: ['100000', 'v2'] },
  ];

  it('counts each new day once per scope and per scope of the group, as dates', () => {
    const out = foldVisits(
      [
        row('a', 'v1', SEP_10, 1, false),
        row('a', 'v2', SEP_10, 2, false),
        row('b', 'v1', SEP_10, 3, false),
      ],
      versions,
    );
    expect(out).toEqual([
      { scope: '100000', prev_day: '-infinity', day: '2025-09-10', delta: 2 },
      { scope: '100000|farmer', prev_day: '-infinity', day: '2025-09-10', delta: 2 },
      { scope: 'v1', prev_day: '-infinity', day: '2025-09-10', delta: 2 },
      { scope: 'v1|farmer', prev_day: '-infinity', day: '2025-09-10', delta: 2 },
      { scope: 'v2', prev_day: '-infinity', day: '2025-09-10', delta: 1 },
      { scope: 'v2|farmer', prev_day: '-infinity', day: '2025-09-10', delta: 1 },
    ]);
  });

  it('reads folded history, and adds nothing for a day already there', () => {
    const out = foldVisits(
      [
        row('a', 'v1', SEP_10, 1, true),
        row('a', 'v1', SEP_10 + 2, 2, true),
        row('a', 'v1', SEP_10 + 1, 3, false), // arrived late
        row('a', 'v2', SEP_10, 4, false), // the nation saw this visitor that day already
      ],
      versions,
    );
    const split = (scope: string) => [
      { scope, prev_day: '2025-09-10', day: '2025-09-11', delta: 1 },
      { scope, prev_day: '2025-09-11', day: '2025-09-12', delta: 1 },
      { scope, prev_day: '2025-09-10', day: '2025-09-12', delta: -1 },
    ];
    expect(out.filter((d) => d.scope === 'v1')).toEqual(split('v1'));
    expect(out.filter((d) => d.scope === '100000')).toEqual(split('100000'));
    expect(out.filter((d) => d.scope === 'v2')).toEqual([
      { scope: 'v2', prev_day: '-infinity', day: '2025-09-10', delta: 1 },
    ]);
  });

  it('counts a visit in the scopes of the version it was folded with', () => {
    const moved = [
      { venue: 'v1', fromSeq: 1, scopes: ['130000', 'v1'] },
      { venue: 'v1', fromSeq: 10, scopes: ['440000', 'v1'] },
    ];
    const out = foldVisits(
      [row('a', 'v1', SEP_10, 5, true), row('a', 'v1', SEP_10 + 1, 12, false)],
      moved,
    );
    expect(
      out.filter((d) => !d.scope.includes('|')).map((d) => [d.scope, d.prev_day, d.delta]),
    ).toEqual([
      ['440000', '-infinity', 1],
      ['v1', '2025-09-10', 1],
    ]);
  });
});
