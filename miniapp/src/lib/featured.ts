import type { TrailSummary } from '@xinghuo/shared';

/**
 * The trails the home page recommends: those of the visitor's area first (the region of the
 * nearest venue, or the region they picked), then others, so the list is never empty while any
 * trail is published.
 */
export function featuredTrails(
  local: readonly TrailSummary[] | undefined,
  all: readonly TrailSummary[] | undefined,
  count = 3,
): TrailSummary[] {
  const picked: TrailSummary[] = [];
  const seen = new Set<string>();
  for (const trail of [...(local ?? []), ...(all ?? [])]) {
    if (picked.length === count) break;
    if (seen.has(trail.id)) continue;
    seen.add(trail.id);
    picked.push(trail);
  }
  return picked;
}
