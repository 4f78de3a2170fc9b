import {
  trailProgress,
  type StampDto,
  type TrailDetail,
  type TrailProgressDto,
} from '@xinghuo/shared';

export interface VenueStamps {
  venueId: string;
  venueName: string;
  stamps: StampDto[];
  /** Most recent scan at this venue, for ordering. */
  lastScannedAt: string;
}

/** Stamps grouped by venue, venues with the most recent visit first, stamps newest first. */
export function stampsByVenue(stamps: readonly StampDto[]): VenueStamps[] {
  const groups = new Map<string, VenueStamps>();
  for (const s of stamps) {
    let g = groups.get(s.venueId);
    if (!g) {
      g = { venueId: s.venueId, venueName: s.venueName, stamps: [], lastScannedAt: s.scannedAt };
      groups.set(s.venueId, g);
    }
    g.stamps.push(s);
    if (s.scannedAt > g.lastScannedAt) g.lastScannedAt = s.scannedAt;
  }
  const out = [...groups.values()];
  for (const g of out) g.stamps.sort((a, b) => b.scannedAt.localeCompare(a.scannedAt));
  return out.sort((a, b) => b.lastScannedAt.localeCompare(a.lastScannedAt));
}

/** Distinct checkpoints stamped, since per-day stamping can repeat one checkpoint. */
export function stampedCheckpointIds(stamps: readonly StampDto[]): Set<string> {
  return new Set(stamps.map((s) => s.checkpointId));
}

export function splitTrails(trails: readonly TrailProgressDto[]): {
  finished: TrailProgressDto[];
  inProgress: TrailProgressDto[];
} {
  const finished = trails
    .filter((t) => t.completed)
    .sort((a, b) => (b.completedAt ?? '').localeCompare(a.completedAt ?? ''));
  const inProgress = trails
    .filter((t) => !t.completed)
    .sort((a, b) => b.collected / Math.max(1, b.total) - a.collected / Math.max(1, a.total));
  return { finished, inProgress };
}

export interface TrailStopState {
  position: number;
  checkpointId: string;
  checkpointName: string;
  venueId: string;
  venueName: string;
  stamped: boolean;
  /** First time this checkpoint was stamped. */
  stampedAt: string | null;
  /** Ordered trails: this is where to go next. */
  isNext: boolean;
}

/** Each stop of a trail with whether the visitor has its stamp, for the trail and passport pages. */
export function trailStopStates(
  trail: Pick<TrailDetail, 'id' | 'ordered' | 'stops'>,
  stamps: readonly StampDto[],
): { stops: TrailStopState[]; collected: number; total: number; completed: boolean } {
  const firstStamp = new Map<string, string>();
  for (const s of stamps) {
    const prev = firstStamp.get(s.checkpointId);
    if (!prev || s.scannedAt < prev) firstStamp.set(s.checkpointId, s.scannedAt);
  }
  const ordered = [...trail.stops].sort((a, b) => a.position - b.position);
  const progress = trailProgress(
    { id: trail.id, ordered: trail.ordered, checkpointIds: ordered.map((s) => s.checkpoint.id) },
    new Set(firstStamp.keys()),
  );
  const stops = ordered.map((s, index) => ({
    position: s.position,
    checkpointId: s.checkpoint.id,
    checkpointName: s.checkpoint.name,
    venueId: s.venue.id,
    venueName: s.venue.name,
    stamped: firstStamp.has(s.checkpoint.id),
    stampedAt: firstStamp.get(s.checkpoint.id) ?? null,
    isNext: progress.nextPosition === index,
  }));
  return {
    stops,
    collected: progress.collected,
    total: progress.total,
    completed: progress.completed,
  };
}

/** "3/5" style, never dividing by zero. */
export function progressPercent(collected: number, total: number): number {
  if (total <= 0) return 0;
  return Math.min(100, Math.round((collected / total) * 100));
}
