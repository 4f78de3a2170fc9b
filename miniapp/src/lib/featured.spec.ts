import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NATIONAL_REGION_CODE, type TrailSummary } from '@xinghuo/shared';
import { featuredTrails } from './featured';

const trail = (id: string, regionCode = NATIONAL_REGION_CODE): TrailSummary => ({
  id,
  name: `路线${id}`,
  description: '',
  topic: 'robotics',
  audienceGroups: [],
  ordered: false,
  estimatedMinutes: 60,
  regionCode,
  status: 'published',
  stopCount: 3,
  venueCount: 2,
});

test('the area’s trails come first, then others, without repeats', () => {
  const all = [trail('a'), trail('b', '130200'), trail('c'), trail('d', '130200')];
  const local = [trail('b', '130200'), trail('d', '130200')];
  assert.deepEqual(
    featuredTrails(local, all).map((t) => t.id),
    ['b', 'd', 'a'],
  );
});

test('without an area, or before it loads, the first published trails', () => {
  const all = [trail('a'), trail('b'), trail('c'), trail('d')];
  assert.deepEqual(
    featuredTrails(undefined, all).map((t) => t.id),
    ['a', 'b', 'c'],
  );
  assert.deepEqual(
    featuredTrails([], all, 2).map((t) => t.id),
    ['a', 'b'],
  );
  assert.deepEqual(featuredTrails(undefined, undefined), []);
});
