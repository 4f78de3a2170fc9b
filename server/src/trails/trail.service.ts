import { Injectable } from '@nestjs/common';
import type { TrailDetail, TrailSummary } from '@xinghuo/shared';
import type { CatalogSnapshot, CatalogTrail } from '../catalog/catalog.service';
import { CatalogService } from '../catalog/catalog.service';
import { NotFoundError } from '../common/app-error';
import { toCheckpointSummary, toVenueSummary } from '../venues/venue.mappers';
import type { TrailQueryDto } from './trail.dto';

function toSummary(entry: CatalogTrail, snapshot: CatalogSnapshot): TrailSummary {
  const { trail, checkpointIds } = entry;
  const venueIds = new Set(checkpointIds.map((id) => snapshot.checkpoints.get(id)?.venueId));
  return {
    id: trail.id,
    name: trail.name,
    description: trail.description,
    topic: trail.topic,
    audienceGroups: trail.audienceGroups,
    ordered: trail.ordered,
    estimatedMinutes: trail.estimatedMinutes,
    regionCode: trail.regionCode,
    status: trail.status,
    stopCount: checkpointIds.length,
    venueCount: venueIds.size,
  };
}

@Injectable()
export class TrailService {
  constructor(private readonly catalog: CatalogService) {}

  /** Published trails. A region filter keeps trails on the same branch of the tree: a city sees its own, its districts' and its province's. */
  async list(query: TrailQueryDto): Promise<TrailSummary[]> {
    const snapshot = await this.catalog.get();
    const rootPath = query.region ? snapshot.regions.get(query.region)?.path : undefined;
    if (query.region && rootPath === undefined) throw new NotFoundError('地区');
    return [...snapshot.trails.values()]
      .filter(({ trail }) => {
        if (query.topic && trail.topic !== query.topic) return false;
        if (query.audience && !trail.audienceGroups.includes(query.audience)) return false;
        if (rootPath) {
          const path = snapshot.regions.get(trail.regionCode)?.path ?? '';
          if (!path.startsWith(rootPath) && !rootPath.startsWith(path)) return false;
        }
        return true;
      })
      .map((entry) => toSummary(entry, snapshot))
      .sort(
        (a, b) => a.regionCode.localeCompare(b.regionCode) || a.name.localeCompare(b.name, 'zh-CN'),
      );
  }

  async detail(id: string): Promise<TrailDetail> {
    const snapshot = await this.catalog.get();
    const entry = snapshot.trails.get(id);
    if (!entry) throw new NotFoundError('路线');
    const stops = entry.checkpointIds.flatMap((checkpointId, position) => {
      const checkpoint = snapshot.checkpoints.get(checkpointId);
      const venue = checkpoint && snapshot.venues.get(checkpoint.venueId);
      return checkpoint && venue
        ? [
            {
              position,
              checkpoint: toCheckpointSummary(checkpoint),
              venue: toVenueSummary(venue, snapshot),
            },
          ]
        : [];
    });
    return { ...toSummary(entry, snapshot), stops };
  }
}
