import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { TrailDetail } from '@xinghuo/shared';
import { trailStopStates } from './passport';
import {
  centerOf,
  distinctPlaces,
  legDistances,
  sketchLayout,
  totalDistance,
  trailMapPlaces,
  type MapStop,
} from './trail-map';

const stop = (id: string, lat: number, lng: number): MapStop => ({
  id,
  venueId: id,
  name: id,
  location: { lat, lng },
});

test('leg distances and total', () => {
  const stops = [stop('a', 39.9, 116.4), stop('b', 39.91, 116.4), stop('c', 39.91, 116.4)];
  const legs = legDistances(stops);
  assert.equal(legs.length, 2);
  assert.ok(Math.abs((legs[0] ?? 0) - 1112) < 5, String(legs[0]));
  assert.equal(legs[1], 0);
  assert.ok(Math.abs(totalDistance(stops) - (legs[0] ?? 0)) < 1e-9);
});

test('distinct places keep order', () => {
  const places = distinctPlaces([stop('a', 1, 1), stop('b', 2, 2), stop('c', 1, 1)]);
  assert.deepEqual(
    places.map((p) => p.id),
    ['a', 'b'],
  );
});

test('sketch layout is north-up inside the padded box', () => {
  const { points, segments } = sketchLayout(
    [stop('s', 39.9, 116.4), stop('n', 39.95, 116.4), stop('e', 39.95, 116.45)],
    {
      aspect: 1,
    },
  );
  const [s, n, e] = points;
  assert.ok(s && n && e);
  assert.ok(n.y < s.y, 'north is up');
  assert.ok(e.x > n.x, 'east is right');
  for (const p of points) {
    assert.ok(p.x >= 12 - 1e-9 && p.x <= 88 + 1e-9);
    assert.ok(p.y >= 12 - 1e-9 && p.y <= 88 + 1e-9);
  }
  assert.equal(segments.length, 2);
  assert.ok(Math.abs((segments[0]?.angle ?? 0) + 90) < 1e-6, 'first leg points straight up');
});

test('segments end on the next point in a non-square box', () => {
  const aspect = 0.6;
  const { points, segments } = sketchLayout([stop('a', 39.9, 116.3), stop('b', 39.99, 116.45)], {
    aspect,
  });
  const [a, b] = points;
  const seg = segments[0];
  assert.ok(a && b && seg);
  // Walk the segment in width units and convert the end back to percentages.
  const rad = (seg.angle * Math.PI) / 180;
  const endX = seg.x + seg.length * Math.cos(rad);
  const endY = seg.y + (seg.length * Math.sin(rad)) / aspect;
  assert.ok(
    Math.abs(endX - b.x) < 1e-6 && Math.abs(endY - b.y) < 1e-6,
    JSON.stringify({ endX, endY, b }),
  );
  for (const p of points) assert.ok(p.y >= 0 && p.y <= 100);
});

test('single place and empty', () => {
  assert.deepEqual(sketchLayout([stop('a', 1, 1)]).points[0], { id: 'a', name: 'a', x: 50, y: 50 });
  assert.deepEqual(sketchLayout([]), { points: [], segments: [] });
  assert.equal(centerOf([]), null);
  assert.deepEqual(centerOf([stop('a', 1, 2), stop('b', 3, 4)]), { lat: 2, lng: 3 });
});

test('a stamp marks its own venue, not another venue of the same name', () => {
  const museum = (id: string, lat: number) => ({
    id,
    name: '科技馆',
    kind: 'science_museum' as const,
    regionCode: '130200',
    regionName: '唐山市',
    address: '地址',
    location: { lat, lng: 118.18 },
  });
  const trail: Pick<TrailDetail, 'id' | 'ordered' | 'stops'> = {
    id: 't',
    ordered: false,
    stops: [
      {
        position: 0,
        checkpoint: { id: 'cpA', venueId: 'vA', name: 'A', sortOrder: 0 },
        venue: museum('vA', 39.6),
      },
      {
        position: 1,
        checkpoint: { id: 'cpB', venueId: 'vB', name: 'B', sortOrder: 0 },
        venue: museum('vB', 39.7),
      },
    ],
  };
  const { stops } = trailStopStates(trail, [
    {
      checkInId: '1',
      checkpointId: 'cpB',
      checkpointName: 'B',
      venueId: 'vB',
      venueName: '科技馆',
      scannedAt: '2025-09-01T02:00:00Z',
      receivedAt: '2025-09-01T02:00:00Z',
      source: 'live',
    },
  ]);
  assert.deepEqual(
    trailMapPlaces(trail, stops).map((p) => [p.venueId, p.stamped]),
    [
      ['vA', false],
      ['vB', true],
    ],
  );
});
