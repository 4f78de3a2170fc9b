import type { RegionRef, StatsScope } from '@xinghuo/shared';
import type { Principal } from '../auth/token.service';
import type { CatalogSnapshot, CatalogTrail } from '../catalog/catalog.service';
import { ForbiddenError } from '../common/app-error';
import type { Region } from '../regions/region.entity';
import type { Venue } from '../venues/venue.entity';

/** What one figures request covers, resolved against the catalogue. */
export interface FigureScope {
  dto: StatsScope;
  /** The aggregates' scope key: a region code or a venue id. */
  key: string;
  region: Region;
  /** Every venue inside, whatever its status. */
  venues: Venue[];
  /** Region one level down and the venues in its subtree (none for a venue scope). */
  children: Array<{ region: Region; venues: Venue[] }>;
}

const ref = (r: Region): RegionRef => ({ code: r.code, name: r.name, level: r.level });

/**
 * Least privilege for figures: an organizer reads their region subtree, and may narrow it to a
 * region inside (drill-down); staff read their own venue only. Anything else is 403, whether the
 * region exists or not, so the answer reveals nothing about other regions.
 */
export function resolveScope(
  principal: Principal,
  snapshot: CatalogSnapshot,
  regionCode: string | undefined,
): FigureScope {
  if (principal.role === 'staff') {
    if (regionCode !== undefined) throw new ForbiddenError('场馆工作人员只能查看本场馆的数据');
    const venue = principal.venueId ? snapshot.venues.get(principal.venueId) : undefined;
    const region = venue && snapshot.regions.get(venue.regionCode);
    if (!venue || !region) throw new ForbiddenError();
    return {
      dto: {
        kind: 'venue',
        id: venue.id,
        name: venue.name,
        region: ref(region),
        path: [ref(region)],
      },
      key: venue.id,
      region,
      venues: [venue],
      children: [],
    };
  }
  const root = principal.regionCode ? snapshot.regions.get(principal.regionCode) : undefined;
  if (principal.role !== 'organizer' || !root) throw new ForbiddenError();
  const region = regionCode === undefined ? root : snapshot.regions.get(regionCode);
  if (!region || !region.path.startsWith(root.path)) {
    throw new ForbiddenError('只能查看本辖区内的数据');
  }
  const inSubtree = (r: Region) => (v: Venue) =>
    snapshot.regions.get(v.regionCode)?.path.startsWith(r.path) ?? false;
  const venues = [...snapshot.venues.values()].filter(inSubtree(region));
  const children = [...snapshot.regions.values()]
    .filter((r) => r.parentCode === region.code)
    .sort((a, b) => (a.code < b.code ? -1 : 1))
    .map((r) => ({ region: r, venues: venues.filter(inSubtree(r)) }));
  const codes = region.path.split('/').filter((code) => code !== '');
  const path = codes
    .slice(codes.indexOf(root.code))
    .map((code) => snapshot.regions.get(code))
    .filter((r): r is Region => r !== undefined)
    .map(ref);
  return {
    dto: { kind: 'region', id: region.code, name: region.name, region: ref(region), path },
    key: region.code,
    region,
    venues,
    children,
  };
}

/** Where a venue is, below the scope's region: its region names from there down. */
export function placeOf(venue: Venue, scope: FigureScope, snapshot: CatalogSnapshot): string {
  const own = snapshot.regions.get(venue.regionCode);
  if (!own) return '';
  const names = own.path
    .slice(scope.region.path.length)
    .split('/')
    .filter((code) => code !== '')
    .map((code) => snapshot.regions.get(code)?.name ?? code);
  return names.length > 0 ? names.join(' · ') : own.name;
}

/** Published trails whose every stop is at a venue of the scope. */
export function trailsInScope(snapshot: CatalogSnapshot, scope: FigureScope): CatalogTrail[] {
  const venueIds = new Set(scope.venues.map((v) => v.id));
  return [...snapshot.trails.values()].filter(
    (t) =>
      t.checkpointIds.length > 0 &&
      t.checkpointIds.every((id) => {
        const checkpoint = snapshot.checkpoints.get(id);
        return checkpoint !== undefined && venueIds.has(checkpoint.venueId);
      }),
  );
}
