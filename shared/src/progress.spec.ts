import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { trailProgress } from './progress';

describe('trailProgress', () => {
  const ordered = { id: 't', ordered: true, checkpointIds: ['a', 'b', 'c'] };

  it('counts each stamped stop once and points at the next stop of an ordered trail', () => {
    assert.deepEqual(trailProgress(ordered, new Set()), {
      collected: 0,
      total: 3,
      completed: false,
      nextPosition: 0,
    });
    assert.deepEqual(trailProgress(ordered, new Set(['a', 'x'])), {
      collected: 1,
      total: 3,
      completed: false,
      nextPosition: 1,
    });
  });

  it('counts out-of-order stamps and completes when every stop is stamped', () => {
    assert.equal(trailProgress(ordered, new Set(['c'])).nextPosition, 0);
    assert.deepEqual(trailProgress(ordered, new Set(['c', 'a', 'b'])), {
      collected: 3,
      total: 3,
      completed: true,
      nextPosition: null,
    });
  });

  it('has no next stop on a free trail and never completes an empty trail', () => {
    assert.equal(trailProgress({ ...ordered, ordered: false }, new Set(['a'])).nextPosition, null);
    assert.equal(
      trailProgress({ id: 'e', ordered: false, checkpointIds: [] }, new Set()).completed,
      false,
    );
  });

  it('counts a checkpoint listed twice once', () => {
    const p = trailProgress(
      { id: 't', ordered: false, checkpointIds: ['a', 'a', 'b'] },
      new Set(['a']),
    );
    assert.deepEqual([p.collected, p.total], [1, 2]);
  });
});
