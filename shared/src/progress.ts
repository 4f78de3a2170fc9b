/** Stops of a trail in order; for free trails the order is only a suggestion. */
export interface TrailShape {
  id: string;
  ordered: boolean;
  checkpointIds: readonly string[];
}

export interface Progress {
  collected: number;
  total: number;
  completed: boolean;
  /** Ordered trails: first stop not yet stamped. Free trails: null. */
  nextPosition: number | null;
}

/**
 * A trail's progress counts each of its checkpoints once, whenever it was stamped.
 * Ordered trails still count out-of-order stamps; `nextPosition` shows where to go next.
 */
export function trailProgress(trail: TrailShape, stamped: ReadonlySet<string>): Progress {
  const unique = [...new Set(trail.checkpointIds)];
  const collected = unique.filter((id) => stamped.has(id)).length;
  const total = unique.length;
  let nextPosition: number | null = null;
  if (trail.ordered) {
    const idx = trail.checkpointIds.findIndex((id) => !stamped.has(id));
    nextPosition = idx === -1 ? null : idx;
  }
  return { collected, total, completed: total > 0 && collected === total, nextPosition };
}
