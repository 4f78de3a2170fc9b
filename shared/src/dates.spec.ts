import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addDays, checkPeriod, datesBetween, dayNumber, previousPeriod } from './dates';

describe('dates', () => {
  it('reads only real calendar dates', () => {
    assert.equal(dayNumber('1970-01-02'), 1);
    assert.equal(dayNumber('2024-02-29'), dayNumber('2024-02-28')! + 1);
    for (const bad of ['2025-02-29', '2025-13-01', '2025-9-1', '2025-09-01T00:00', '', 'x']) {
      assert.equal(dayNumber(bad), null, bad);
    }
  });

  it('adds days across months and lists a period', () => {
    assert.equal(addDays('2025-09-30', 1), '2025-10-01');
    assert.equal(addDays('2025-03-01', -1), '2025-02-28');
    assert.deepEqual(datesBetween('2025-09-29', '2025-10-01'), [
      '2025-09-29',
      '2025-09-30',
      '2025-10-01',
    ]);
    assert.deepEqual(datesBetween('2025-09-02', '2025-09-01'), []);
  });
});

describe('checkPeriod', () => {
  it('accepts a one-day and a leap-year period', () => {
    assert.deepEqual(checkPeriod('2025-09-01', '2025-09-01'), {
      ok: true,
      period: { from: '2025-09-01', to: '2025-09-01', days: 1 },
    });
    const year = checkPeriod('2024-01-01', '2024-12-31');
    assert.equal(year.ok && year.period.days, 366);
  });

  it('names the field that is wrong', () => {
    const field = (from: unknown, to: unknown) => {
      const r = checkPeriod(from, to);
      return r.ok ? null : r.field;
    };
    assert.equal(field(undefined, '2025-09-01'), 'from');
    assert.equal(field('2025-02-30', '2025-09-01'), 'from');
    assert.equal(field(['2025-09-01'], '2025-09-01'), 'from');
    assert.equal(field('2025-09-01', undefined), 'to');
    assert.equal(field('2025-09-01', 'tomorrow'), 'to');
    assert.equal(field('2025-09-02', '2025-09-01'), 'to');
    assert.equal(field('2024-01-01', '2025-01-01'), 'to');
  });
});

describe('previousPeriod', () => {
  it('is the same length and ends the day before', () => {
    assert.deepEqual(previousPeriod({ from: '2025-09-01', to: '2025-09-30', days: 30 }), {
      from: '2025-08-02',
      to: '2025-08-31',
      days: 30,
    });
    assert.deepEqual(previousPeriod({ from: '2025-09-10', to: '2025-09-10', days: 1 }), {
      from: '2025-09-09',
      to: '2025-09-09',
      days: 1,
    });
  });
});
