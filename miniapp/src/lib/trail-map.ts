import { distanceMeters, type GeoPoint, type TrailDetail } from '@xinghuo/shared';
import type { TrailStopState } from './passport';

/** One checkpoint of a trail as a point: named and placed by its venue. */
export interface MapStop {
  id: string;
  venueId: string;
  name: string;
  location: GeoPoint;
}

/** A distinct place on the trail's map; `stamped` when the visitor has a stamp at its venue. */
export interface MapPlace extends MapStop {
  stamped: boolean;
}

/** The trail's checkpoints in trail order. */
export function trailMapStops(trail: Pick<TrailDetail, 'stops'>): MapStop[] {
  return [...trail.stops]
    .sort((a, b) => a.position - b.position)
    .map((s) => ({
      id: s.checkpoint.id,
      venueId: s.venue.id,
      name: s.venue.name,
      location: s.venue.location,
    }));
}

/**
 * The places to draw, in trail order, each marked by its venue's id: names are not unique
 * (two "科技馆" in two cities), so a stamp at one must never light up the other.
 */
export function trailMapPlaces(
  trail: Pick<TrailDetail, 'stops'>,
  stops: readonly Pick<TrailStopState, 'venueId' | 'stamped'>[],
): MapPlace[] {
  const stamped = new Set(stops.filter((s) => s.stamped).map((s) => s.venueId));
  return distinctPlaces(trailMapStops(trail)).map((p) => ({
    ...p,
    stamped: stamped.has(p.venueId),
  }));
}

/** Metres from each stop to the next; stops in the same venue give 0. */
export function legDistances(stops: readonly MapStop[]): number[] {
  const out: number[] = [];
  for (let i = 1; i < stops.length; i += 1) {
    const a = stops[i - 1];
    const b = stops[i];
    if (a && b) out.push(distanceMeters(a.location, b.location));
  }
  return out;
}

export function totalDistance(stops: readonly MapStop[]): number {
  return legDistances(stops).reduce((s, d) => s + d, 0);
}

/** Distinct venues in trail order, so a venue with several checkpoints is one map point. */
export function distinctPlaces(stops: readonly MapStop[]): MapStop[] {
  const seen = new Set<string>();
  const out: MapStop[] = [];
  for (const s of stops) {
    const key = `${s.location.lat.toFixed(5)},${s.location.lng.toFixed(5)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(s);
  }
  return out;
}

export interface SketchPoint {
  id: string;
  name: string;
  /** Percentage of the sketch box width from the left. */
  x: number;
  /** Percentage of the sketch box height from the top (north up). */
  y: number;
}

export interface SketchSegment {
  /** Start point, in the same percentages as the points. */
  x: number;
  y: number;
  /** Length as a percentage of the box width (CSS `width: n%`). */
  length: number;
  /** Degrees clockwise from east, as drawn on the real box. */
  angle: number;
}

/**
 * A schematic "map" for H5 without a map SDK: places projected north-up into a box whose height
 * is `aspect` × its width, keeping true proportions, with the legs as rotated segments.
 * Everything is in CSS percentages so the box can be any size.
 */
export function sketchLayout(
  places: readonly MapStop[],
  options: { aspect?: number; padding?: number } = {},
): { points: SketchPoint[]; segments: SketchSegment[] } {
  const aspect = options.aspect ?? 0.8;
  const padding = options.padding ?? 12;
  if (places.length === 0) return { points: [], segments: [] };
  const meanLat = places.reduce((s, p) => s + p.location.lat, 0) / places.length;
  const kx = Math.cos((meanLat * Math.PI) / 180);
  const xs = places.map((p) => p.location.lng * kx);
  const ys = places.map((p) => p.location.lat);
  const minX = Math.min(...xs);
  const maxX = Math.max(...xs);
  const minY = Math.min(...ys);
  const maxY = Math.max(...ys);
  // Work in "width units": the box is 100 wide and 100·aspect tall.
  const innerW = 100 - padding * 2;
  const innerH = 100 * aspect - padding * 2;
  const spanX = maxX - minX;
  const spanY = maxY - minY;
  const scale = Math.min(
    spanX > 0 ? innerW / spanX : Infinity,
    spanY > 0 ? innerH / spanY : Infinity,
  );
  const units = places.map((_, i) => {
    if (!Number.isFinite(scale)) return { x: 50, y: 50 * aspect };
    const offX = (innerW - spanX * scale) / 2;
    const offY = (innerH - spanY * scale) / 2;
    return {
      x: padding + offX + ((xs[i] ?? 0) - minX) * scale,
      y: padding + offY + (maxY - (ys[i] ?? 0)) * scale,
    };
  });
  const points = places.map((p, i) => ({
    id: p.id,
    name: p.name,
    x: units[i]?.x ?? 50,
    y: ((units[i]?.y ?? 50 * aspect) / (100 * aspect)) * 100,
  }));
  const segments: SketchSegment[] = [];
  for (let i = 1; i < units.length; i += 1) {
    const a = units[i - 1];
    const b = units[i];
    const pa = points[i - 1];
    if (!a || !b || !pa) continue;
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    segments.push({
      x: pa.x,
      y: pa.y,
      length: Math.sqrt(dx * dx + dy * dy),
      angle: (Math.atan2(dy, dx) * 180) / Math.PI,
    });
  }
  return { points, segments };
}

/** Centre of the places, for the map's initial view before includePoints adjusts it. */
export function centerOf(places: readonly MapStop[]): GeoPoint | null {
  if (places.length === 0) return null;
  return {
    lat: places.reduce((s, p) => s + p.location.lat, 0) / places.length,
    lng: places.reduce((s, p) => s + p.location.lng, 0) / places.length,
  };
}
