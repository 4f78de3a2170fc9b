import { ValidationError } from '../common/app-error';
import { periodOf } from './stats.dto';

describe('periodOf', () => {
  it('returns the period with its length', () => {
    expect(periodOf({ from: '2025-09-01', to: '2025-09-30' })).toEqual({
      from: '2025-09-01',
      to: '2025-09-30',
      days: 30,
    });
  });

  it.each([
    ['2025-02-30', '2025-03-01', 'from'],
    ['2025-09-02', '2025-09-01', 'to'],
    ['2025-01-01', '2026-01-02', 'to'],
  ])('refuses %s..%s naming %s', (from, to, field) => {
    let error: unknown;
    try {
      periodOf({ from, to });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).extra.field).toBe(field);
  });
});
