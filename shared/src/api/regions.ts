import type { RegionLevel } from '../domain';
import type { RegionDto } from './catalog';

export interface RegionRef {
  code: string;
  name: string;
  level: RegionLevel;
}

/** A region with the chain above it, national root first: "河北省 / 唐山市 / 路南区". */
export interface RegionWithAncestors extends RegionDto {
  ancestors: RegionRef[];
  /** Names from the province down to this region, joined by " / ". */
  fullName: string;
}

/** `GET /api/regions/search?q=&level=&within=&limit=`: by name (any part) or code prefix. */
export interface RegionSearchQuery {
  /** At least one character: part of a name, or the start of a code. */
  q: string;
  level?: RegionLevel;
  /** Only regions in this subtree (e.g. the organizer's own region). */
  within?: string;
  /** Default 20, at most 50. */
  limit?: number;
}
