import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  formatChange,
  formatCount,
  formatDate,
  formatDateRange,
  formatHourRange,
  formatInteger,
  formatMinutes,
  formatMonthDay,
  formatPercent,
  formatWeekday,
  relativeChange,
} from './format';

describe('Chinese numbers', () => {
  it('groups exact counts by thousands', () => {
    assert.equal(formatInteger(0), '0');
    assert.equal(formatInteger(999), '999');
    assert.equal(formatInteger(1000), '1,000');
    assert.equal(formatInteger(1234567), '1,234,567');
    assert.equal(formatInteger(-4321), '-4,321');
    assert.equal(formatInteger(12.6), '13');
  });

  it('writes counts of ten thousand and more in 万 and 亿, without trailing zeros', () => {
    assert.equal(formatCount(8765), '8,765');
    assert.equal(formatCount(10000), '1万');
    assert.equal(formatCount(12345), '1.23万');
    assert.equal(formatCount(123456), '12.35万');
    assert.equal(formatCount(1234567), '123.5万');
    assert.equal(formatCount(12345678), '1235万');
    assert.equal(formatCount(123456789), '1.23亿');
    assert.equal(formatCount(-25000), '-2.5万');
  });

  it('carries a rounding over into the next unit instead of printing 10000万', () => {
    assert.equal(formatCount(99999), '10万');
    assert.equal(formatCount(99_999_999), '1亿');
  });

  it('writes ratios as percentages and changes as 增长/下降/持平', () => {
    assert.equal(formatPercent(0.1234), '12.3%');
    assert.equal(formatPercent(0.5), '50%');
    assert.equal(formatPercent(1 / 3, 2), '33.33%');
    assert.equal(formatPercent(0 / 0), '—');
    assert.equal(relativeChange(120, 100), 0.2);
    assert.equal(relativeChange(5, 0), null);
    assert.equal(formatChange(120, 100), '增长20%');
    assert.equal(formatChange(95, 100), '下降5%');
    assert.equal(formatChange(100_001, 100_000), '持平');
    assert.equal(formatChange(3, 0), null);
  });
});

describe('Chinese dates and durations', () => {
  it('writes calendar dates as 2025年9月1日', () => {
    assert.equal(formatDate('2025-09-01'), '2025年9月1日');
    assert.equal(formatDate('2025-12-31'), '2025年12月31日');
    assert.equal(formatMonthDay('2025-09-01'), '9月1日');
    assert.throws(() => formatDate('2025-9-1'), RangeError);
    assert.throws(() => formatDate('2025-09-01T00:00:00Z'), RangeError);
  });

  it('writes ranges with the year once when it does not change', () => {
    assert.equal(formatDateRange('2025-09-01', '2025-09-30'), '2025年9月1日至9月30日');
    assert.equal(formatDateRange('2025-12-20', '2026-01-05'), '2025年12月20日至2026年1月5日');
    assert.equal(formatDateRange('2025-09-01', '2025-09-01'), '2025年9月1日');
  });

  it('names weekdays, hours and durations', () => {
    assert.equal(formatWeekday('2025-09-01'), '周一');
    assert.equal(formatWeekday('2025-09-07'), '周日');
    assert.equal(formatHourRange(9), '09:00–10:00');
    assert.equal(formatMinutes(38), '38分钟');
    assert.equal(formatMinutes(85), '1小时25分钟');
    assert.equal(formatMinutes(120), '2小时');
  });
});
