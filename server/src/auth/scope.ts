import type { CatalogSnapshot } from '../catalog/catalog.service';
import { ForbiddenError } from '../common/app-error';
import type { RegionTree } from '../regions/region-tree';
import type { Actor } from './actor';
import type { Venue } from '../venues/venue.entity';
import type { Principal } from './token.service';

/** True when `regionCode` is `rootCode` or a descendant of it. */
export function regionInSubtree(
  snapshot: CatalogSnapshot,
  regionCode: string,
  rootCode: string,
): boolean {
  const region = snapshot.regions.get(regionCode);
  const root = snapshot.regions.get(rootCode);
  return !!region && !!root && region.path.startsWith(root.path);
}

/**
 * Least privilege: staff act only on their own venue; organizers on venues anywhere in their
 * region subtree; visitors on none.
 */
export function canManageVenue(
  principal: Principal,
  venue: Venue,
  snapshot: CatalogSnapshot,
): boolean {
  if (principal.role === 'staff') return principal.venueId === venue.id;
  if (principal.role === 'organizer') {
    return (
      !!principal.regionCode && regionInSubtree(snapshot, venue.regionCode, principal.regionCode)
    );
  }
  return false;
}

/** An organizer whose subtree holds `regionCode` (their own region included). */
export function organizerCovers(actor: Actor, regionCode: string, tree: RegionTree): boolean {
  return (
    actor.role === 'organizer' && !!actor.regionCode && tree.inSubtree(regionCode, actor.regionCode)
  );
}

/** Staff of the venue, or an organizer above it. */
export function actorManagesVenue(
  actor: Actor,
  venue: { id: string; regionCode: string },
  tree: RegionTree,
): boolean {
  if (actor.role === 'staff') return actor.venueId === venue.id;
  return organizerCovers(actor, venue.regionCode, tree);
}

export function assertManagesVenue(
  actor: Actor,
  venue: { id: string; regionCode: string },
  tree: RegionTree,
): void {
  if (!actorManagesVenue(actor, venue, tree)) {
    throw new ForbiddenError(
      actor.role === 'staff' ? '只能管理本场馆的内容' : '只能管理本辖区内的场馆',
    );
  }
}
