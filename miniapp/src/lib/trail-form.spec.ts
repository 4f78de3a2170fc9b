import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addStop, proposalOf, trailForm, trailProblems, venuesOf } from './trail-form';
import { moveItem } from './reorder';

const stop = (n: number, venue: string) => ({
  checkpointId: `cp${n}`,
  checkpointName: `点${n}`,
  venueId: venue,
  venueName: `馆${venue}`,
});

test('stops are added once each, and the venues to ask come in order', () => {
  let f = trailForm();
  f = addStop(f, stop(1, 'a'));
  f = addStop(f, stop(2, 'b'));
  f = addStop(f, stop(1, 'a'));
  f = addStop(f, stop(3, 'a'));
  assert.deepEqual(
    f.stops.map((s) => s.checkpointId),
    ['cp1', 'cp2', 'cp3'],
  );
  assert.deepEqual(
    venuesOf(f.stops).map((v) => v.id),
    ['a', 'b'],
  );
  f = { ...f, stops: moveItem(f.stops, 2, 0) };
  assert.deepEqual(proposalOf({ ...f, name: ' 智造之旅 ' }).checkpointIds, ['cp3', 'cp1', 'cp2']);
  assert.equal(proposalOf({ ...f, name: ' 智造之旅 ' }).name, '智造之旅');
});

test('a proposal needs a name, a time and at least two stops', () => {
  const empty = trailProblems({ ...trailForm(), estimatedMinutes: 0 });
  assert.deepEqual(Object.keys(empty).sort(), ['checkpointIds', 'estimatedMinutes', 'name']);
  const ok = trailProblems({
    ...trailForm(),
    name: '路线',
    stops: [stop(1, 'a'), stop(2, 'b')],
  });
  assert.deepEqual(ok, {});
  assert.ok(trailProblems({ ...trailForm(), estimatedMinutes: 24 * 60 + 1 }).estimatedMinutes);
});
