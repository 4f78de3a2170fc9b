import { Injectable } from '@nestjs/common';
import type { GeoPoint, VenueDetail, VenueSummary } from '@xinghuo/shared';
import { CatalogService } from '../catalog/catalog.service';
import { NotFoundError, ValidationError } from '../common/app-error';
import type { VenueQueryDto } from './venue.dto';
import { toVenueDetail, toVenueSummary } from './venue.mappers';

@Injectable()
export class VenueService {
  constructor(private readonly catalog: CatalogService) {}

  /** Published venues, nearest first when a point is given, else by region and name. */
  async list(query: VenueQueryDto): Promise<VenueSummary[]> {
    const snapshot = await this.catalog.get();
    let near: GeoPoint | undefined;
    if (query.near) {
      const [lat, lng] = query.near.split(',').map(Number) as [number, number];
      if (Math.abs(lat) > 90 || Math.abs(lng) > 180)
        throw new ValidationError('near', 'near is outside the globe');
      near = { lat, lng };
    }
    const rootPath = query.region ? snapshot.regions.get(query.region)?.path : undefined;
    if (query.region && rootPath === undefined) throw new NotFoundError('地区');
    const venues = [...snapshot.venues.values()].filter(
      (v) =>
        v.status === 'published' &&
        (!query.kind || v.kind === query.kind) &&
        (!rootPath || (snapshot.regions.get(v.regionCode)?.path ?? '').startsWith(rootPath)),
    );
    const items = venues.map((v) => toVenueSummary(v, snapshot, near));
    if (near) items.sort((a, b) => (a.distanceM ?? 0) - (b.distanceM ?? 0));
    else
      items.sort(
        (a, b) => a.regionCode.localeCompare(b.regionCode) || a.name.localeCompare(b.name, 'zh-CN'),
      );
    return items;
  }

  async detail(id: string): Promise<VenueDetail> {
    const snapshot = await this.catalog.get();
    const venue = snapshot.venues.get(id);
    if (!venue || venue.status !== 'published') throw new NotFoundError('场馆');
    return toVenueDetail(venue, snapshot);
  }
}
