import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FIELD_LABELS } from './field-format';
import { VENUE_FIELD_LABELS, VENUE_KEYS } from './venue-form';

test('the venue page names every field, the venue’s own name, kind and text as such', () => {
  assert.deepEqual(Object.keys(VENUE_FIELD_LABELS).sort(), [...VENUE_KEYS].sort());
  assert.equal(VENUE_FIELD_LABELS.name, '场馆名称');
  assert.equal(VENUE_FIELD_LABELS.kind, '场馆类型');
  assert.equal(VENUE_FIELD_LABELS.description, '场馆介绍');
  assert.equal(VENUE_FIELD_LABELS.geofenceRadiusM, '电子围栏');
  for (const k of VENUE_KEYS) assert.ok(VENUE_FIELD_LABELS[k] !== k, `${k} has a label`);
  // The review queue keeps the short words.
  assert.equal(FIELD_LABELS.name, '名称');
});
