import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { accuracyBucket, distanceMeters, formatDistance, insideGeofence } from './geo';

describe('geo', () => {
  it('measures great-circle distance', () => {
    const d = distanceMeters({ lat: 39.63, lng: 118.18 }, { lat: 39.64, lng: 118.18 });
    assert.ok(Math.abs(d - 1112) < 5, String(d));
  });

  it('allows for reported GPS accuracy, up to a cap', () => {
    const venue = { lat: 39.63, lng: 118.18 };
    const at = { lat: 39.6334, lng: 118.18 }; // ~378 m
    assert.equal(insideGeofence(venue, 300, at), false);
    assert.equal(insideGeofence(venue, 300, { ...at, accuracyM: 100 }), true);
    assert.equal(insideGeofence(venue, 300, { lat: 39.66, lng: 118.18, accuracyM: 5000 }), false);
  });

  it('buckets accuracy and formats distance', () => {
    assert.equal(accuracyBucket(undefined), 'unknown');
    assert.equal(accuracyBucket(5), 'lt20');
    assert.equal(accuracyBucket(600), 'gte500');
    assert.equal(formatDistance(850), '850米');
    assert.equal(formatDistance(12_345), '12.3公里');
  });
});
