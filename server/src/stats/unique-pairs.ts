/**
 * Unique visitors for any period from counts that name nobody.
 *
 * Take one visitor and one scope, and their visit days d₁ < d₂ < … < dₙ there. Pair each day with
 * the one before: (−∞, d₁), (d₁, d₂), …, (dₙ₋₁, dₙ). The visitor visited during [a, b] exactly
 * when some dᵢ lies in it; take the first such dᵢ: its predecessor is before a, and it is the only
 * pair with prev < a ≤ day ≤ b (every later day in the period has its predecessor in the period
 * too). So, summed over visitors,
 *
 *   unique visitors in [a, b] = Σ count(prev, day) over day ∈ [a, b] and prev < a,
 *
 * and a table of counts per (scope, prev, day) answers every period exactly. Dates are
 * `YYYY-MM-DD` strings, which sort as dates; FIRST_VISIT stands for −∞.
 */
export const FIRST_VISIT = '-infinity';

export type PairKey = `${string}|${string}`;

export const pairKey = (prev: string, day: string): PairKey => `${prev}|${day}`;

/** The pairs of one visitor's days in one scope (any order, duplicates ignored). */
export function visitPairs(days: Iterable<string>): Array<[prev: string, day: string]> {
  const sorted = [...new Set(days)].sort();
  return sorted.map((day, i) => [i === 0 ? FIRST_VISIT : sorted[i - 1]!, day]);
}

/**
 * What the pair counts must change by when a visitor's days in a scope go from `before` to
 * `after` (a superset: days are only ever added). Zero changes are left out.
 */
export function pairDeltas(
  before: Iterable<string>,
  after: Iterable<string>,
): Map<PairKey, number> {
  const deltas = new Map<PairKey, number>();
  const add = (k: PairKey, d: number) => {
    const v = (deltas.get(k) ?? 0) + d;
    if (v === 0) deltas.delete(k);
    else deltas.set(k, v);
  };
  for (const [p, d] of visitPairs(before)) add(pairKey(p, d), -1);
  for (const [p, d] of visitPairs(after)) add(pairKey(p, d), 1);
  return deltas;
}

export interface PairDelta {
  scope: string;
  prev_day: string;
  day: string;
  delta: number;
}

/**
 * The summed changes for a set of (visitor, scope) histories, as rows for the upsert, in key
 * order so concurrent writers (there are none while the fold lock is held) could not deadlock.
 */
export function foldHistories(
  histories: Iterable<{ scope: string; before: string[]; after: string[] }>,
): PairDelta[] {
  const sums = new Map<string, PairDelta>();
  for (const { scope, before, after } of histories) {
    for (const [k, d] of pairDeltas(before, after)) {
      const id = `${scope}|${k}`;
      const row = sums.get(id);
      if (row) row.delta += d;
      else {
        const [prev_day, day] = k.split('|') as [string, string];
        sums.set(id, { scope, prev_day, day, delta: d });
      }
    }
  }
  return [...sums.entries()]
    .filter(([, row]) => row.delta !== 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, row]) => row);
}
