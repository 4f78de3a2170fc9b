import type { AdminTrailDto, AdminTrailStop } from '@xinghuo/shared';
import type { CatalogSnapshot } from '../catalog/catalog.service';
import type { Review } from '../reviews/review.entity';
import { toRevisionState } from '../reviews/review.mappers';
import type { TrailConsent } from './trail-consent.entity';
import type { TrailStop } from './trail-stop.entity';
import type { Trail } from './trail.entity';

export function stopsOf(checkpointIds: string[], snapshot: CatalogSnapshot): AdminTrailStop[] {
  return checkpointIds.map((checkpointId, position) => {
    const checkpoint = snapshot.checkpoints.get(checkpointId);
    const venue = checkpoint && snapshot.venues.get(checkpoint.venueId);
    return {
      position,
      checkpointId,
      checkpointName: checkpoint?.name ?? '',
      venueId: venue?.id ?? '',
      venueName: venue?.name ?? '',
    };
  });
}

type NamedStop = Pick<AdminTrailStop, 'checkpointId' | 'checkpointName' | 'venueName'>;

/** The trail's own public fields, as proposed and reviewed. */
function trailText(trail: Trail) {
  return {
    name: trail.name,
    topic: trail.topic,
    audienceGroups: trail.audienceGroups,
    ordered: trail.ordered,
    estimatedMinutes: trail.estimatedMinutes,
    description: trail.description,
  };
}

/** What organizers review and visitors will read: the trail's text and its stops by name. */
export function trailContentOf(trail: Trail, stops: NamedStop[]) {
  return {
    ...trailText(trail),
    stops: stops.map((s) => ({
      checkpointId: s.checkpointId,
      checkpointName: s.checkpointName,
      venueName: s.venueName,
    })),
  };
}

export function toAdminTrailDto(
  trail: Trail,
  stops: TrailStop[],
  consents: TrailConsent[],
  latest: Review | undefined,
  snapshot: CatalogSnapshot,
  people: Map<string, string>,
): AdminTrailDto {
  const ordered = [...stops].sort((a, b) => a.position - b.position).map((s) => s.checkpointId);
  return {
    id: trail.id,
    ...trailText(trail),
    status: trail.status,
    regionCode: trail.regionCode,
    regionFullName: snapshot.regionTree.fullName(trail.regionCode),
    proposedByVenueId: trail.proposedByVenueId,
    proposedByVenueName: snapshot.venues.get(trail.proposedByVenueId ?? '')?.name ?? null,
    stops: stopsOf(ordered, snapshot),
    consents: consents.map((c) => ({
      venueId: c.venueId,
      venueName: snapshot.venues.get(c.venueId)?.name ?? '',
      status: c.status,
      decidedBy: c.decidedBy
        ? { id: c.decidedBy, displayName: people.get(c.decidedBy) ?? '' }
        : null,
      decidedAt: c.decidedAt?.toISOString() ?? null,
      comment: c.comment,
    })),
    readyToSubmit: consents.every((c) => c.status === 'accepted'),
    latestRevision: toRevisionState(latest),
    version: trail.version,
    updatedAt: trail.updatedAt.toISOString(),
  };
}
