import { rotationSlot } from '@xinghuo/shared';
import { FENCE_CENTRE, IDS } from './support/fixture';
import { lastShanghaiTime, randomKey, type TestApp, withTestApp } from './support/app';

describe('POST /api/check-ins: which codes, times and places count', () => {
  const ctx = withTestApp();
  let t: TestApp;
  let visitor: string;
  beforeEach(() => ({ t, visitor } = ctx));

  describe('refuses codes it did not sign, counts the attempt and stores nothing else', () => {
    it.each([
      ['garbage', 'hello'],
      ['SQL', "' OR 1=1; DROP TABLE check_in; --"],
      ['script', '<script>alert(1)</script>'],
      ['another site', 'https://evil.example/q/AAAAAAAAAAAAAAAAAAAAAAAAAA'],
    ])('%s', async (_, code) => {
      const res = await t.checkIn(visitor, { code });
      expect(res.status).toBe(422);
      expect(res.body.error.code).toBe('QR_INVALID');
      expect(await t.count(`SELECT count(*) n FROM check_in`)).toBe(0);
      expect(await t.count(`SELECT count(*) n FROM idempotency_record`)).toBe(0);
      expect(
        await t.count(
          `SELECT sum(count) n FROM check_in_stat
            WHERE outcome = 'QR_INVALID' AND venue_id = '00000000-0000-0000-0000-000000000000'`,
        ),
      ).toBe(1);
    });

    it('answers a retry of a junk scan the same, and a key of a stored answer as that key', async () => {
      const key = randomKey();
      const first = await t.checkIn(visitor, { code: 'hello' }, key);
      const retry = await t.checkIn(visitor, { code: 'hello' }, key);
      expect(retry.status).toBe(first.status);
      expect(retry.body).toEqual(first.body);
      const stamped = randomKey();
      expect(
        (await t.checkIn(visitor, { code: await t.codeFor(IDS.cpOpen1) }, stamped)).status,
      ).toBe(201);
      const reused = await t.checkIn(visitor, { code: 'hello' }, stamped);
      expect(reused.body.error.code).toBe('IDEMPOTENCY_KEY_REUSED');
    });

    it('an altered token', async () => {
      const url = await t.codeFor(IDS.cpOpen1);
      const last = url.at(-1) === 'A' ? 'B' : 'A';
      const res = await t.checkIn(visitor, { code: url.slice(0, -1) + last });
      expect(res.body.error.code).toBe('QR_INVALID');
    });

    it('a token for a checkpoint that does not exist', async () => {
      const res = await t.checkIn(visitor, {
        code: await t.codeFor(IDS.cpOpen1, { codeNo: 999_999 }),
      });
      expect(res.body.error.code).toBe('QR_INVALID');
    });

    it('a token signed with a key the server does not hold', async () => {
      const res = await t.request('POST', '/api/check-ins', {
        token: visitor,
        headers: { 'idempotency-key': randomKey() },
        body: { code: 'https://kepu.test/q/EAAAAAEAAAABoer0Z4eEOXCgJg' },
      });
      expect(res.body.error.code).toBe('QR_INVALID');
    });
  });

  it('accepts codes signed with a retired key that is still configured', async () => {
    const res = await t.checkIn(visitor, { code: await t.codeFor(IDS.cpOpen1, { keyId: 2 }) });
    expect(res.status).toBe(201);
  });

  it('refuses a printed code revoked by re-issuing the checkpoint code', async () => {
    const old = await t.codeFor(IDS.cpOpen1);
    await t.db.query(`UPDATE checkpoint SET qr_version = qr_version + 1 WHERE id = $1`, [
      IDS.cpOpen1,
    ]);
    await t.catalogChanged();
    const res = await t.checkIn(visitor, { code: old });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('QR_REVOKED');
    expect((await t.checkIn(visitor, { code: await t.codeFor(IDS.cpOpen1) })).status).toBe(201);
  });

  describe('rotating codes', () => {
    const slot = () => rotationSlot(Date.now());

    it('accepts the current and the previous code', async () => {
      expect(
        (await t.checkIn(visitor, { code: await t.codeFor(IDS.cpRotating, { counter: slot() }) }))
          .status,
      ).toBe(201);
      const other = await t.guest();
      expect(
        (await t.checkIn(other, { code: await t.codeFor(IDS.cpRotating, { counter: slot() - 1 }) }))
          .status,
      ).toBe(201);
    });

    it('refuses an older code as expired and a printed code for a rotating checkpoint as revoked', async () => {
      const expired = await t.checkIn(visitor, {
        code: await t.codeFor(IDS.cpRotating, { counter: slot() - 3 }),
      });
      expect(expired.body.error.code).toBe('QR_EXPIRED');
      const printed = await t.checkIn(visitor, {
        code: await t.codeFor(IDS.cpRotating, { kind: 'static', counter: 1 }),
      });
      expect(printed.body.error.code).toBe('QR_REVOKED');
    });
  });

  it('refuses inactive checkpoints and unpublished venues', async () => {
    expect(
      (await t.checkIn(visitor, { code: await t.codeFor(IDS.cpInactive) })).body.error.code,
    ).toBe('CHECKPOINT_INACTIVE');
    expect(
      (await t.checkIn(visitor, { code: await t.codeFor(IDS.cpDraftVenue) })).body.error.code,
    ).toBe('CHECKPOINT_INACTIVE');
  });

  it('refuses scans outside every campaign window', async () => {
    const scannedAt = new Date(Date.now() - 60 * 3_600_000).toISOString(); // before the campaign opened
    const res = await t.checkIn(visitor, { code: await t.codeFor(IDS.cpOpen1), scannedAt });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('OUTSIDE_CAMPAIGN');
    expect(await t.count(`SELECT count(*) n FROM check_in WHERE reason = 'OUTSIDE_CAMPAIGN'`)).toBe(
      1,
    );
  });

  it('judges opening hours in the venue local time and says when it opens', async () => {
    const code = await t.codeFor(IDS.cpHours);
    const closed = await t.checkIn(visitor, {
      code,
      scannedAt: lastShanghaiTime(20).toISOString(),
    });
    expect(closed.status).toBe(422);
    expect(closed.body.error.code).toBe('VENUE_CLOSED');
    expect(closed.body.error.message).toContain('09:00–17:00');
    expect(closed.body.error.details).toMatchObject({
      venueId: IDS.venueHours,
      openingHoursText: expect.any(String),
    });
    const open = await t.checkIn(visitor, { code, scannedAt: lastShanghaiTime(10).toISOString() });
    expect(open.status).toBe(201);
  });

  describe('geofence', () => {
    it('asks for a location, refuses one far away, accepts one inside', async () => {
      const code = await t.codeFor(IDS.cpFence);
      expect((await t.checkIn(visitor, { code })).body.error.code).toBe('LOCATION_REQUIRED');
      const far = await t.checkIn(visitor, {
        code,
        location: { lat: FENCE_CENTRE.lat + 0.05, lng: FENCE_CENTRE.lng, accuracyM: 10 },
      });
      expect(far.body.error.code).toBe('OUT_OF_GEOFENCE');
      const near = await t.checkIn(visitor, {
        code,
        location: { lat: FENCE_CENTRE.lat + 0.001, lng: FENCE_CENTRE.lng, accuracyM: 15 },
      });
      expect(near.status).toBe(201);
    });

    it('keeps only the verdict and an accuracy bucket, never the coordinates', async () => {
      const code = await t.codeFor(IDS.cpFence);
      await t.checkIn(visitor, {
        code,
        location: { lat: 39.6301234, lng: 118.1801234, accuracyM: 42 },
      });
      const rows = (await t.db.query(`SELECT * FROM check_in`)) as Array<Record<string, unknown>>;
      expect(rows[0]).toMatchObject({ geofence: 'pass', accuracy_bucket: 'lt100' });
      expect(JSON.stringify(rows)).not.toMatch(/39\.63|118\.18/);
    });
  });

  it('refuses scan times in the future or too late to replay', async () => {
    const code = await t.codeFor(IDS.cpOpen1);
    const future = await t.checkIn(visitor, {
      code,
      scannedAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    expect(future.body.error.code).toBe('SCAN_TIME_INVALID');
    const stale = await t.checkIn(visitor, {
      code,
      scannedAt: new Date(Date.now() - 80 * 3_600_000).toISOString(),
    });
    expect(stale.body.error.code).toBe('SCAN_TIME_INVALID');
  });
});
