import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { StampDto, TrailDetail, TrailProgressDto } from '@xinghuo/shared';
import { progressPercent, splitTrails, stampsByVenue, trailStopStates } from './passport';

const stamp = (checkpointId: string, venueId: string, scannedAt: string): StampDto => ({
  checkInId: `ci-${checkpointId}-${scannedAt}`,
  checkpointId,
  checkpointName: `点${checkpointId}`,
  venueId,
  venueName: `馆${venueId}`,
  scannedAt,
  receivedAt: scannedAt,
  source: 'live',
});

test('stamps grouped by venue, most recent first', () => {
  const groups = stampsByVenue([
    stamp('a', 'v1', '2025-09-01T02:00:00Z'),
    stamp('b', 'v2', '2025-09-03T02:00:00Z'),
    stamp('c', 'v1', '2025-09-02T02:00:00Z'),
  ]);
  assert.deepEqual(
    groups.map((g) => g.venueId),
    ['v2', 'v1'],
  );
  assert.deepEqual(
    groups[1]?.stamps.map((s) => s.checkpointId),
    ['c', 'a'],
  );
});

const progress = (
  id: string,
  collected: number,
  total: number,
  completedAt: string | null = null,
): TrailProgressDto => ({
  trailId: id,
  trailName: id,
  collected,
  total,
  completed: collected === total,
  nextPosition: null,
  completedAt,
});

test('finished and in-progress trails', () => {
  const { finished, inProgress } = splitTrails([
    progress('t1', 1, 4),
    progress('t2', 3, 3, '2025-09-02T00:00:00Z'),
    progress('t3', 3, 4),
    progress('t4', 2, 2, '2025-09-05T00:00:00Z'),
  ]);
  assert.deepEqual(
    finished.map((t) => t.trailId),
    ['t4', 't2'],
  );
  assert.deepEqual(
    inProgress.map((t) => t.trailId),
    ['t3', 't1'],
  );
});

const venue = (id: string) => ({
  id,
  name: `馆${id}`,
  kind: 'science_museum' as const,
  regionCode: '110101',
  regionName: '东城区',
  address: '地址',
  location: { lat: 39.9, lng: 116.4 },
});

const trail: Pick<TrailDetail, 'id' | 'ordered' | 'stops'> = {
  id: 't',
  ordered: true,
  stops: [2, 0, 1].map((position) => ({
    position,
    checkpoint: { id: `cp${position}`, venueId: 'v', name: `第${position}站`, sortOrder: position },
    venue: venue('v'),
  })),
};

test('trail stop states follow position order and mark the next stop', () => {
  const r = trailStopStates(trail, [
    stamp('cp0', 'v', '2025-09-01T01:00:00Z'),
    stamp('cp2', 'v', '2025-09-01T03:00:00Z'),
  ]);
  assert.deepEqual(
    r.stops.map((s) => [s.checkpointId, s.stamped, s.isNext]),
    [
      ['cp0', true, false],
      ['cp1', false, true],
      ['cp2', true, false],
    ],
  );
  assert.equal(r.collected, 2);
  assert.equal(r.total, 3);
  assert.equal(r.completed, false);
});

test('repeat stamps of one checkpoint count once and keep the first time', () => {
  const r = trailStopStates({ ...trail, ordered: false }, [
    stamp('cp1', 'v', '2025-09-02T01:00:00Z'),
    stamp('cp1', 'v', '2025-09-01T01:00:00Z'),
  ]);
  assert.equal(r.collected, 1);
  assert.equal(r.stops[1]?.stampedAt, '2025-09-01T01:00:00Z');
  assert.ok(r.stops.every((s) => !s.isNext));
});

test('percent', () => {
  assert.equal(progressPercent(1, 3), 33);
  assert.equal(progressPercent(0, 0), 0);
  assert.equal(progressPercent(5, 3), 100);
});
