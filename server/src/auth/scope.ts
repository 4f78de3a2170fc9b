import type { CatalogSnapshot } from '../catalog/catalog.service';
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
