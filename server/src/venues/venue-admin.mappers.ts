import type { AdminCheckpointDto, AdminVenueDto } from '@xinghuo/shared';
import type { CatalogSnapshot } from '../catalog/catalog.service';
import type { Review } from '../reviews/review.entity';
import { toRevisionState } from '../reviews/review.mappers';
import type { Checkpoint } from './checkpoint.entity';
import { checkpointContentOf, venueContentOf } from './venue-content';
import type { Venue } from './venue.entity';

/** Public text as its editors see it: live, awaiting review, and the last review's outcome. */
function reviewedText<T>(published: T, state: { pending?: Review; latest?: Review }) {
  return {
    published,
    pending: (state.pending?.after as unknown as T | undefined) ?? null,
    latestRevision: toRevisionState(state.latest),
  };
}

export function toAdminVenueDto(
  v: Venue,
  snapshot: CatalogSnapshot,
  state: { pending?: Review; latest?: Review; checkpointCount: number },
): AdminVenueDto {
  return {
    id: v.id,
    name: v.name,
    kind: v.kind,
    host: v.host,
    status: v.status,
    timezone: v.timezone,
    region: snapshot.regionTree.withAncestors(v.regionCode)!,
    version: v.version,
    location: { lat: v.lat, lng: v.lng },
    openingHours: v.openingHours,
    closedDates: v.closedDates,
    geofenceRadiusM: v.geofenceRadiusM,
    ...reviewedText(venueContentOf(v), state),
    checkpointCount: state.checkpointCount,
    updatedAt: v.updatedAt.toISOString(),
  };
}

export function toAdminCheckpointDto(
  c: Checkpoint,
  state: { pending?: Review; latest?: Review; displayLinks: number },
): AdminCheckpointDto {
  return {
    id: c.id,
    venueId: c.venueId,
    sortOrder: c.sortOrder,
    qrMode: c.qrMode,
    qrVersion: c.qrVersion,
    active: c.active,
    live: c.live,
    version: c.version,
    ...reviewedText(checkpointContentOf(c), state),
    displayLinks: state.displayLinks,
  };
}
