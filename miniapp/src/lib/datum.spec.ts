import { test } from 'node:test';
import assert from 'node:assert/strict';
import { distanceMeters } from '@xinghuo/shared';
import { wgs84ToGcj02 } from './datum';

test('Beijing is shifted by a few hundred metres', () => {
  const wgs = { lat: 39.9087, lng: 116.3975 };
  const gcj = wgs84ToGcj02(wgs.lat, wgs.lng);
  const d = distanceMeters(wgs, gcj);
  assert.ok(d > 100 && d < 1000, String(d));
  // Known reference: Tiananmen WGS-84 → GCJ-02 ≈ (39.91010, 116.40374).
  assert.ok(
    Math.abs(gcj.lat - 39.9101) < 0.0005 && Math.abs(gcj.lng - 116.4037) < 0.0005,
    JSON.stringify(gcj),
  );
});

test('outside China is unchanged', () => {
  assert.deepEqual(wgs84ToGcj02(48.8584, 2.2945), { lat: 48.8584, lng: 2.2945 });
});
