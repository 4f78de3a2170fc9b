import { AppError } from '../common/app-error';
import { isZonedDateTime, parseCheckInRequest } from './check-in.dto';

function fieldOf(body: unknown): string | undefined {
  try {
    parseCheckInRequest(body);
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('VALIDATION_FAILED');
    return (error as AppError).extra.field;
  }
}

describe('parseCheckInRequest', () => {
  it('keeps exactly the fields it knows', () => {
    expect(
      parseCheckInRequest({
        code: 'abc',
        scannedAt: '2025-09-20T10:30:00+08:00',
        location: { lat: 39.6, lng: 118.2, accuracyM: 15 },
      }),
    ).toEqual({
      code: 'abc',
      scannedAt: '2025-09-20T10:30:00+08:00',
      location: { lat: 39.6, lng: 118.2, accuracyM: 15 },
    });
    expect(parseCheckInRequest({ code: 'abc' })).toEqual({ code: 'abc' });
  });

  it.each([
    ['null', null, 'body'],
    ['an array', [{ code: 'x' }], 'body'],
    ['a string', 'x', 'body'],
    ['an empty code', { code: '' }, 'code'],
    ['a code that is an object', { code: { toString: 'x' } }, 'code'],
    ['scannedAt as a number', { code: 'x', scannedAt: 1_758_000_000 }, 'scannedAt'],
    // Well-formed, but outside what PostgreSQL stores or any scan could carry.
    ['scannedAt in year 0', { code: 'x', scannedAt: '0000-01-01T00:00:00Z' }, 'scannedAt'],
    [
      'scannedAt past year 9999',
      { code: 'x', scannedAt: '9999-12-31T23:59:59-23:59' },
      'scannedAt',
    ],
    ['scannedAt in 1999', { code: 'x', scannedAt: '1999-12-31T23:59:59Z' }, 'scannedAt'],
    ['scannedAt in 2100', { code: 'x', scannedAt: '2100-01-01T00:00:00Z' }, 'scannedAt'],
    ['location as an array', { code: 'x', location: [1, 2] }, 'location'],
    [
      'an unknown location field',
      { code: 'x', location: { lat: 1, lng: 1, alt: 3 } },
      'location.alt',
    ],
    ['no longitude', { code: 'x', location: { lat: 1 } }, 'location.lng'],
    [
      'a negative accuracy',
      { code: 'x', location: { lat: 1, lng: 1, accuracyM: -1 } },
      'location.accuracyM',
    ],
    ['a prototype key', JSON.parse('{"code":"x","__proto__":{"a":1}}'), '__proto__'],
  ])('refuses %s, naming the field', (_, body, field) => {
    expect(fieldOf(body)).toBe(field);
  });
});

describe('isZonedDateTime', () => {
  it.each([
    ['2025-09-20T02:30:00.000Z', true],
    ['2025-09-20T10:30+08:00', true],
    ['2025-09-20T10:30:00-0500', true],
    ['2025-02-29T10:30:00Z', false],
    ['2024-02-29T10:30:00Z', true],
    ['2025-09-20T10:30:00', false],
    ['2025-09-20', false],
    ['2025-13-01T00:00:00Z', false],
    ['2025-09-20T24:00:00Z', false],
    ['yesterday', false],
  ])('%s → %s', (value, ok) => {
    expect(isZonedDateTime(value)).toBe(ok);
  });
});
