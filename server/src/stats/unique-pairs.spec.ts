import {
  FIRST_VISIT,
  foldHistories,
  pairDeltas,
  pairKey,
  type PairKey,
  visitPairs,
} from './unique-pairs';

/** The maintenance rule as stated: a new day d between p and s splits (p, s) into (p, d) and (d, s). */
function insertDay(days: string[], day: string): Map<PairKey, number> {
  const sorted = [...new Set(days)].sort();
  if (sorted.includes(day)) return new Map();
  const p = sorted.filter((d) => d < day).pop() ?? FIRST_VISIT;
  const s = sorted.find((d) => d > day);
  const deltas = new Map<PairKey, number>([[pairKey(p, day), 1]]);
  if (s !== undefined) {
    deltas.set(pairKey(p, s), -1);
    deltas.set(pairKey(day, s), 1);
  }
  return deltas;
}

/** How the dashboard reads the counts: Σ count over day ∈ [from, to] with prev < from. */
function uniquesBetween(counts: Map<PairKey, number>, from: string, to: string): number {
  let total = 0;
  for (const [k, count] of counts) {
    const [prev, day] = k.split('|') as [string, string];
    if (day >= from && day <= to && (prev === FIRST_VISIT || prev < from)) total += count;
  }
  return total;
}

const day = (n: number) => `2025-09-${String(n).padStart(2, '0')}`;

function addInto(counts: Map<PairKey, number>, deltas: Map<PairKey, number>) {
  for (const [k, d] of deltas) counts.set(k, (counts.get(k) ?? 0) + d);
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

describe('visitPairs', () => {
  it('pairs each day with the one before, the first with -infinity', () => {
    expect(visitPairs([day(5), day(1), day(3), day(3)])).toEqual([
      [FIRST_VISIT, day(1)],
      [day(1), day(3)],
      [day(3), day(5)],
    ]);
    expect(visitPairs([])).toEqual([]);
  });
});

describe('pairDeltas', () => {
  it('adds the first visit', () => {
    expect(pairDeltas([], [day(2)])).toEqual(new Map([[pairKey(FIRST_VISIT, day(2)), 1]]));
  });

  it('splits the pair around a day that arrives late (an offline replay)', () => {
    expect(pairDeltas([day(1), day(5)], [day(1), day(3), day(5)])).toEqual(
      new Map([
        [pairKey(day(1), day(5)), -1],
        [pairKey(day(1), day(3)), 1],
        [pairKey(day(3), day(5)), 1],
      ]),
    );
  });

  it('moves the first visit back when an earlier day arrives', () => {
    expect(pairDeltas([day(4)], [day(2), day(4)])).toEqual(
      new Map([
        [pairKey(FIRST_VISIT, day(4)), -1],
        [pairKey(FIRST_VISIT, day(2)), 1],
        [pairKey(day(2), day(4)), 1],
      ]),
    );
  });

  it('changes nothing for a day already there', () => {
    expect(pairDeltas([day(1), day(2)], [day(2), day(1)])).toEqual(new Map());
  });

  it('equals the one-day rule applied day by day, in any arrival order', () => {
    const next = random(7);
    for (let run = 0; run < 200; run++) {
      const arrivals = Array.from({ length: 1 + Math.floor(next() * 8) }, () =>
        day(1 + Math.floor(next() * 30)),
      );
      const stepwise = new Map<PairKey, number>();
      const seen: string[] = [];
      for (const d of arrivals) {
        addInto(stepwise, insertDay(seen, d));
        seen.push(d);
      }
      const split = Math.floor(next() * arrivals.length);
      const twoSteps = new Map<PairKey, number>();
      addInto(twoSteps, pairDeltas([], arrivals.slice(0, split)));
      addInto(twoSteps, pairDeltas(arrivals.slice(0, split), arrivals));
      const nonZero = (m: Map<PairKey, number>) => new Map([...m].filter(([, v]) => v !== 0));
      expect(nonZero(twoSteps)).toEqual(nonZero(stepwise));
      expect(nonZero(stepwise)).toEqual(nonZero(pairDeltas([], arrivals)));
    }
  });
});

describe('unique visitors from pair counts', () => {
  it('equals a distinct count for every period, whatever order the days arrived in', () => {
    const next = random(2025);
    const visitors = Array.from({ length: 300 }, () =>
      Array.from({ length: 1 + Math.floor(next() * 6) }, () => day(1 + Math.floor(next() * 30))),
    );
    const counts = new Map<PairKey, number>();
    for (const days of visitors) {
      // Days arrive in two folds, late ones included, as the folder sees them.
      const cut = Math.floor(next() * days.length);
      addInto(counts, pairDeltas([], days.slice(0, cut)));
      addInto(counts, pairDeltas(days.slice(0, cut), days));
    }
    for (let a = 1; a <= 30; a++) {
      for (let b = a; b <= 30; b++) {
        const expected = visitors.filter((days) =>
          days.some((d) => d >= day(a) && d <= day(b)),
        ).length;
        expect(uniquesBetween(counts, day(a), day(b))).toBe(expected);
      }
    }
  });
});

describe('foldHistories', () => {
  it('sums the changes of many visitors per scope, drops zeros and sorts by key', () => {
    const rows = foldHistories([
      { scope: 'b', before: [], after: [day(1)] },
      { scope: 'a', before: [], after: [day(1)] },
      { scope: 'a', before: [], after: [day(1)] },
      { scope: 'a', before: [day(1)], after: [day(1)] },
    ]);
    expect(rows).toEqual([
      { scope: 'a', prev_day: FIRST_VISIT, day: day(1), delta: 2 },
      { scope: 'b', prev_day: FIRST_VISIT, day: day(1), delta: 1 },
    ]);
  });
});
