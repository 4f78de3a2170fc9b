import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildQuery, joinUrl } from './url';

test('empty values are dropped and values encoded', () => {
  assert.equal(
    buildQuery({ near: '39.9,116.4', region: '', kind: undefined, x: null }),
    '?near=39.9%2C116.4',
  );
  assert.equal(buildQuery({}), '');
  assert.equal(buildQuery(undefined), '');
});

test('join keeps one slash', () => {
  assert.equal(
    joinUrl('https://a.cn/', '/api/venues', { kind: 'spark_hall' }),
    'https://a.cn/api/venues?kind=spark_hall',
  );
  assert.equal(joinUrl('', '/api/me'), '/api/me');
});
