import {
  distanceMeters,
  type CheckpointSummary,
  type GeoPoint,
  type VenueDetail,
  type VenueSummary,
} from '@xinghuo/shared';
import type { CatalogSnapshot } from '../catalog/catalog.service';
import type { Checkpoint } from './checkpoint.entity';
import { NO_ACCESSIBILITY, NO_BOOKING, NO_CONTACT, type Venue } from './venue.entity';

export function toCheckpointSummary(c: Checkpoint): CheckpointSummary {
  return { id: c.id, venueId: c.venueId, name: c.name, sortOrder: c.sortOrder };
}

export function toVenueSummary(v: Venue, snapshot: CatalogSnapshot, near?: GeoPoint): VenueSummary {
  const location = { lat: v.lat, lng: v.lng };
  return {
    id: v.id,
    name: v.name,
    kind: v.kind,
    regionCode: v.regionCode,
    regionName: snapshot.regions.get(v.regionCode)?.name ?? '',
    address: v.address,
    location,
    ...(near ? { distanceM: Math.round(distanceMeters(near, location)) } : {}),
  };
}

export function toVenueDetail(v: Venue, snapshot: CatalogSnapshot): VenueDetail {
  return {
    ...toVenueSummary(v, snapshot),
    host: v.host,
    description: v.description,
    openingHours: v.openingHours,
    timezone: v.timezone,
    geofenceRadiusM: v.geofenceRadiusM,
    closedDates: v.closedDates,
    accessibility: v.accessibility ?? NO_ACCESSIBILITY,
    contact: v.contact ?? NO_CONTACT,
    booking: v.booking ?? NO_BOOKING,
    checkpoints: [...snapshot.checkpoints.values()]
      .filter((c) => c.venueId === v.id && c.active && c.live)
      .map(toCheckpointSummary),
  };
}
