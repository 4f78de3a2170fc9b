import { dateOfDayNumber } from '@xinghuo/shared';

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
 * and a table of counts per (scope, prev, day) answers every period exactly. Days here are day
 * numbers (days since 1970-01-01); FIRST_VISIT stands for −∞.
 */
export const FIRST_VISIT = -Infinity;

/** Sorted distinct days, for the handful of days one visitor has in one scope. */
function distinct(days: readonly number[]): number[] {
  const sorted = [...days].sort((a, b) => a - b);
  return sorted.filter((d, i) => i === 0 || d !== sorted[i - 1]);
}

/** The pairs of one visitor's days in one scope (any order, duplicates ignored). */
export function visitPairs(days: readonly number[]): Array<[prev: number, day: number]> {
  const sorted = distinct(days);
  return sorted.map((day, i) => [i === 0 ? FIRST_VISIT : sorted[i - 1]!, day]);
}

const GAP = 65_536;

/** One number per (prev, day): the day, and how many days back prev is (0 for a first visit). */
export const pairKey = (prev: number, day: number): number =>
  day * GAP + (prev === FIRST_VISIT ? 0 : day - prev);

export function pairOfKey(key: number): [prev: number, day: number] {
  const day = Math.floor(key / GAP);
  const gap = key - day * GAP;
  return [gap === 0 ? FIRST_VISIT : day - gap, day];
}

const keysOf = (days: readonly number[]) => visitPairs(days).map(([p, d]) => pairKey(p, d));

/**
 * Adds to `into` (pair key → change) what one (visitor, scope) going from `before` to `after`
 * days changes. Pairs both lists share cancel out before they reach the map.
 */
function addDeltas(into: Map<number, number>, before: readonly number[], after: readonly number[]) {
  const gone = keysOf(before).sort((a, b) => a - b);
  const come = keysOf(after).sort((a, b) => a - b);
  const add = (key: number, d: number) => into.set(key, (into.get(key) ?? 0) + d);
  let i = 0;
  let j = 0;
  while (i < gone.length || j < come.length) {
    if (j >= come.length || (i < gone.length && gone[i]! < come[j]!)) add(gone[i++]!, -1);
    else if (i >= gone.length || come[j]! < gone[i]!) add(come[j++]!, 1);
    else {
      i++;
      j++;
    }
  }
}

/**
 * What the pair counts must change by when a visitor's days in a scope go from `before` to
 * `after` (a superset: days are only ever added), by pair key; zeros left out.
 */
export function pairDeltas(
  before: readonly number[],
  after: readonly number[],
): Map<number, number> {
  const deltas = new Map<number, number>();
  addDeltas(deltas, before, after);
  for (const [key, d] of deltas) if (d === 0) deltas.delete(key);
  return deltas;
}

export interface PairDelta {
  scope: string;
  prev_day: string;
  day: string;
  delta: number;
}

/** A venue_visit row as the folder reads it, grouped by visitor. */
export interface VisitRow {
  visitor: string;
  venue: string;
  /** Day number. */
  day: number;
  seq: number;
  /** Counted by an earlier fold. */
  folded: boolean;
  group: string;
}

/** Where a venue's visits count from `fromSeq` on: its region path and the venue itself. */
export interface ScopeVersion {
  venue: string;
  fromSeq: number;
  scopes: string[];
}

/**
 * The pair count changes the unfolded rows bring, summed over visitors, in key order. Each visit
 * counts in the scopes of its venue's version at the visit's seq, and in each of those again as
 * `<scope>|<group>` for the audience group the writer recorded with it. `rows` must come grouped
 * by visitor (one visitor's rows together); only histories that gain a day cost anything.
 */
export function foldVisits(
  rows: readonly VisitRow[],
  versions: Iterable<ScopeVersion>,
): PairDelta[] {
  const byVenue = new Map<string, ScopeVersion[]>();
  for (const v of versions) byVenue.set(v.venue, [...(byVenue.get(v.venue) ?? []), v]);
  for (const list of byVenue.values()) list.sort((a, b) => b.fromSeq - a.fromSeq);

  const sums = new Map<string, Map<number, number>>();
  const addTo = (scope: string, before: number[], after: number[]) => {
    let into = sums.get(scope);
    if (!into) sums.set(scope, (into = new Map()));
    addDeltas(into, before, after);
  };
  for (let i = 0; i < rows.length;) {
    const first = rows[i]!;
    let end = i;
    let oneGroup = true;
    while (end < rows.length && rows[end]!.visitor === first.visitor) {
      oneGroup &&= rows[end]!.group === first.group;
      end++;
    }
    // A visitor's days per scope; with one audience group (nearly always) the `|group` scopes
    // have the same days, so they take the same changes without being built again.
    const days = new Map<string, { before: number[]; after: number[]; fresh: boolean }>();
    const note = (scope: string, row: VisitRow) => {
      let d = days.get(scope);
      if (!d) days.set(scope, (d = { before: [], after: [], fresh: false }));
      d.after.push(row.day);
      if (row.folded) d.before.push(row.day);
      else d.fresh = true;
    };
    for (let k = i; k < end; k++) {
      const row = rows[k]!;
      const scopes = byVenue.get(row.venue)?.find((v) => v.fromSeq <= row.seq)?.scopes ?? [];
      for (const scope of scopes) {
        note(scope, row);
        if (!oneGroup) note(`${scope}|${row.group}`, row);
      }
    }
    for (const [scope, d] of days) {
      // A fresh day may still turn out to be one an older row already had.
      if (!d.fresh || d.after.every((day) => d.before.includes(day))) continue;
      addTo(scope, d.before, d.after);
      if (oneGroup) addTo(`${scope}|${first.group}`, d.before, d.after);
    }
    i = end;
  }

  const out: PairDelta[] = [];
  for (const scope of [...sums.keys()].sort()) {
    const deltas = sums.get(scope)!;
    for (const key of [...deltas.keys()].sort((a, b) => a - b)) {
      const delta = deltas.get(key)!;
      if (delta === 0) continue;
      const [prev, day] = pairOfKey(key);
      out.push({
        scope,
        prev_day: prev === FIRST_VISIT ? '-infinity' : dateOfDayNumber(prev),
        day: dateOfDayNumber(day),
        delta,
      });
    }
  }
  return out;
}
