import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  isClosedDate,
  isValidLocalDate,
  formatOpeningHours,
  isOpenAt,
  isValidOpeningHours,
  localTime,
  stampPeriodKey,
} from './time';

describe('local time', () => {
  it('reads wall-clock parts in the venue zone', () => {
    assert.deepEqual(localTime(new Date('2025-09-01T16:30:00Z'), 'Asia/Shanghai'), {
      date: '2025-09-02',
      hour: 0,
      minute: 30,
      weekday: 'tue',
    });
  });

  it('answers a repeated minute from memory without mixing up zones or minutes', () => {
    const at = (iso: string) => new Date(iso);
    assert.equal(localTime(at('2025-09-01T15:59:01Z'), 'Asia/Shanghai').minute, 59);
    assert.equal(localTime(at('2025-09-01T15:59:59Z'), 'Asia/Shanghai').hour, 23);
    assert.equal(localTime(at('2025-09-01T15:59:59Z'), 'UTC').hour, 15);
    assert.deepEqual(localTime(at('2025-09-01T16:00:00Z'), 'Asia/Shanghai'), {
      date: '2025-09-02',
      hour: 0,
      minute: 0,
      weekday: 'tue',
    });
    assert.equal(localTime(at('2025-09-01T15:59:30Z'), 'Asia/Shanghai').date, '2025-09-01');
  });

  it('keys stamps per local day or per campaign', () => {
    const at = new Date('2025-09-01T16:30:00Z');
    assert.equal(stampPeriodKey('per_day', at, 'Asia/Shanghai'), '2025-09-02');
    assert.equal(stampPeriodKey('per_day', at, 'UTC'), '2025-09-01');
    assert.equal(stampPeriodKey('per_campaign', at, 'Asia/Shanghai'), 'campaign');
  });
});

describe('opening hours', () => {
  const hours = {
    mon: [
      ['09:00', '11:30'],
      ['14:00', '17:00'],
    ] as Array<[string, string]>,
    sat: [['10:00', '16:00']] as Array<[string, string]>,
  };

  it('is open inside a range, closed at its end, on lunch break and on days without hours', () => {
    const monday = (hhmm: string) => new Date(`2025-09-01T${hhmm}:00+08:00`);
    assert.equal(isOpenAt(hours, monday('09:00'), 'Asia/Shanghai'), true);
    assert.equal(isOpenAt(hours, monday('11:30'), 'Asia/Shanghai'), false);
    assert.equal(isOpenAt(hours, monday('12:15'), 'Asia/Shanghai'), false);
    assert.equal(isOpenAt(hours, monday('16:59'), 'Asia/Shanghai'), true);
    assert.equal(isOpenAt(hours, new Date('2025-09-02T10:00:00+08:00'), 'Asia/Shanghai'), false);
    assert.equal(isOpenAt(null, monday('03:00'), 'Asia/Shanghai'), true);
  });

  it('formats a week compactly in Chinese', () => {
    assert.equal(formatOpeningHours(null), '全天开放');
    assert.equal(
      formatOpeningHours(hours),
      '周一 09:00–11:30，14:00–17:00；周二至周五 休息；周六 10:00–16:00；周日 休息',
    );
  });

  it('validates hours', () => {
    assert.equal(isValidOpeningHours(hours), true);
    assert.equal(isValidOpeningHours({ funday: [] }), false);
    assert.equal(isValidOpeningHours({ mon: [['17:00', '09:00']] }), false);
    assert.equal(isValidOpeningHours({ mon: [['9:00', '17:00']] }), false);
    assert.equal(isValidOpeningHours([]), false);
  });
});

describe('closed dates', () => {
  const closed = ['2025-10-01', '2025-10-02'];
  it('closes the whole local day, read in the venue zone', () => {
    // 2025-09-30T16:30Z is already 1 October in Shanghai, still 30 September in UTC.
    const at = new Date('2025-09-30T16:30:00Z');
    assert.equal(isClosedDate(closed, at, 'Asia/Shanghai'), true);
    assert.equal(isClosedDate(closed, at, 'UTC'), false);
    assert.equal(isClosedDate(closed, new Date('2025-10-02T15:59:00Z'), 'Asia/Shanghai'), true);
    assert.equal(isClosedDate(closed, new Date('2025-10-02T16:00:00Z'), 'Asia/Shanghai'), false);
  });
  it('is never closed without dates', () => {
    assert.equal(isClosedDate([], new Date(), 'Asia/Shanghai'), false);
    assert.equal(isClosedDate(null, new Date(), 'Asia/Shanghai'), false);
  });
  it('accepts only real calendar days', () => {
    assert.equal(isValidLocalDate('2025-10-01'), true);
    assert.equal(isValidLocalDate('2024-02-29'), true);
    assert.equal(isValidLocalDate('2025-02-29'), false);
    assert.equal(isValidLocalDate('2025-13-01'), false);
    assert.equal(isValidLocalDate('2025-1-01'), false);
  });
});
