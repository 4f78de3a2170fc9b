import { test } from 'node:test';
import assert from 'node:assert/strict';
import { IDEMPOTENCY_KEY_PATTERN } from '@xinghuo/shared';
import { newIdempotencyKey } from './idempotency';

test('keys fit the header rules and differ', () => {
  const keys = new Set<string>();
  for (let i = 0; i < 500; i += 1) {
    const k = newIdempotencyKey();
    assert.match(k, IDEMPOTENCY_KEY_PATTERN);
    keys.add(k);
  }
  assert.equal(keys.size, 500);
});

test('falls back without crypto and stays within the pattern', () => {
  const k = newIdempotencyKey(
    () => 1_757_000_000_000,
    (n) => new Uint8Array(n).fill(255),
  );
  assert.match(k, IDEMPOTENCY_KEY_PATTERN);
  assert.ok(k.startsWith('ck_'));
});
