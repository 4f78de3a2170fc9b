import type { GeoPoint, ReportedLocation } from './domain';

const EARTH_RADIUS_M = 6_371_008.8;

const toRad = (deg: number): number => (deg * Math.PI) / 180;

/** Great-circle distance in metres. */
export function distanceMeters(a: GeoPoint, b: GeoPoint): number {
  const dLat = toRad(b.lat - a.lat);
  const dLng = toRad(b.lng - a.lng);
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(toRad(a.lat)) * Math.cos(toRad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

export const ACCURACY_BUCKETS = ['lt20', 'lt100', 'lt500', 'gte500', 'unknown'] as const;
export type AccuracyBucket = (typeof ACCURACY_BUCKETS)[number];

export function accuracyBucket(accuracyM: number | undefined): AccuracyBucket {
  if (accuracyM === undefined || !Number.isFinite(accuracyM) || accuracyM < 0) return 'unknown';
  if (accuracyM < 20) return 'lt20';
  if (accuracyM < 100) return 'lt100';
  if (accuracyM < 500) return 'lt500';
  return 'gte500';
}

/** Poor GPS fixes are given the benefit of the doubt up to this many metres. */
const MAX_ACCURACY_ALLOWANCE_M = 150;

export function insideGeofence(venue: GeoPoint, radiusM: number, at: ReportedLocation): boolean {
  const allowance = Math.min(Math.max(at.accuracyM ?? 0, 0), MAX_ACCURACY_ALLOWANCE_M);
  return distanceMeters(venue, at) <= radiusM + allowance;
}

export function formatDistance(meters: number): string {
  if (meters < 1000) return `${Math.round(meters)}米`;
  if (meters < 100_000) return `${(meters / 1000).toFixed(1)}公里`;
  return `${Math.round(meters / 1000)}公里`;
}
