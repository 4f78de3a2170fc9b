import { IDS } from './support/fixture';
import { ManualClock, randomKey, type TestApp, withTestApp } from './support/app';

describe('POST /api/check-ins: input and callers', () => {
  const ctx = withTestApp();
  let t: TestApp;
  let visitor: string;
  beforeEach(() => ({ t, visitor } = ctx));

  describe('bad input gets a clear error and writes nothing', () => {
    it.each([
      ['a number for code', { code: 123 }, 'code'],
      ['no code', {}, 'code'],
      ['an unknown field', { code: 'x', admin: true }, 'admin'],
      ['a bad time', { code: 'x', scannedAt: 'yesterday' }, 'scannedAt'],
      ['year 0', { code: 'x', scannedAt: '0000-01-01T00:00:00Z' }, 'scannedAt'],
      ['past year 9999', { code: 'x', scannedAt: '9999-12-31T23:59:59-23:59' }, 'scannedAt'],
      ['a latitude out of range', { code: 'x', location: { lat: 123, lng: 1 } }, 'location.lat'],
      ['a string latitude', { code: 'x', location: { lat: '39', lng: 118 } }, 'location.lat'],
      ['a huge code', { code: 'x'.repeat(600) }, 'code'],
    ])('%s', async (_, body, field) => {
      const res = await t.checkIn(visitor, body);
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'VALIDATION_FAILED', field });
      expect(await t.count(`SELECT count(*) n FROM check_in`)).toBe(0);
    });

    it('malformed JSON, an array body, a body too large, a wrong content type', async () => {
      const headers = { 'idempotency-key': randomKey() };
      const malformed = await t.request('POST', '/api/check-ins', {
        token: visitor,
        headers,
        raw: '{"code":',
      });
      expect(malformed.status).toBe(400);
      expect(malformed.body.error.code).toBe('MALFORMED_JSON');
      const array = await t.request('POST', '/api/check-ins', {
        token: visitor,
        headers,
        raw: '[1,2]',
      });
      expect(array.status).toBe(400);
      const huge = await t.request('POST', '/api/check-ins', {
        token: visitor,
        headers,
        raw: JSON.stringify({ code: 'x'.repeat(100_000) }),
      });
      expect(huge.status).toBe(413);
      expect(huge.body.error.code).toBe('PAYLOAD_TOO_LARGE');
      const text = await t.request('POST', '/api/check-ins', {
        token: visitor,
        headers: { ...headers, 'content-type': 'text/plain' },
        raw: 'code',
      });
      expect(text.status).toBe(415);
      expect(await t.count(`SELECT count(*) n FROM check_in`)).toBe(0);
    });
  });

  describe('who may check in', () => {
    it('needs a visitor token', async () => {
      const code = await t.codeFor(IDS.cpOpen1);
      expect((await t.request('POST', '/api/check-ins', { body: { code } })).status).toBe(401);
      const staff = await t.login('staff-open');
      const asStaff = await t.checkIn(staff, { code });
      expect(asStaff.status).toBe(403);
      expect(asStaff.body.error.code).toBe('FORBIDDEN');
      const forged = await t.checkIn(visitor.slice(0, -2) + 'xx', { code });
      expect(forged.status).toBe(401);
    });

    it('refuses a visitor who erased their data', async () => {
      await t.request('DELETE', '/api/me', { token: visitor });
      const res = await t.checkIn(visitor, { code: await t.codeFor(IDS.cpOpen1) });
      expect(res.status).toBe(401);
    });
  });
});

describe('check-in rate limit', () => {
  // Held in the middle of a minute, so the limiter's window cannot turn during the test.
  const clock = new ManualClock(Math.floor(Date.now() / 60_000) * 60_000 + 15_000);
  const ctx = withTestApp({ CHECK_IN_RATE_LIMIT_PER_MINUTE: '3' }, { clock });

  it('limits each visitor, not everyone behind one address, and says when to retry', async () => {
    const { t } = ctx;
    const a = await t.guest();
    const b = await t.guest();
    const code = await t.codeFor(IDS.cpOpen1);
    for (let i = 0; i < 3; i++) expect((await t.checkIn(a, { code })).status).toBeLessThan(300);
    const limited = await t.checkIn(a, { code });
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('RATE_LIMITED');
    expect(Number(limited.headers.get('retry-after'))).toBe(45);
    expect((await t.checkIn(b, { code })).status).toBe(201);
    clock.advance(45_000);
    expect((await t.checkIn(a, { code })).status).toBe(200);
  });
});
