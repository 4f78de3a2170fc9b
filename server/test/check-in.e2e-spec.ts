import { type CheckInResponse, rotationSlot } from '@xinghuo/shared';
import { DAY_MS, FENCE_CENTRE, IDS } from './support/fixture';
import { randomKey, TestApp } from './support/app';

/** The latest past instant at HH:MM in Shanghai, at least 5 minutes ago. */
function lastShanghaiTime(hour: number, minute = 0): Date {
  const now = Date.now();
  const day = new Date(now + 8 * 3_600_000);
  let t = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), hour - 8, minute);
  while (t > now - 5 * 60_000) t -= DAY_MS;
  return new Date(t);
}

describe('POST /api/check-ins', () => {
  let t: TestApp;
  let visitor: string;

  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(async () => {
    await t.stop();
  });
  beforeEach(async () => {
    await t.reset();
    visitor = await t.guest();
  });

  it('accepts a printed code: stamp, science card with its question (not its answer), and trail progress', async () => {
    const res = await t.checkIn(visitor, { code: await t.codeFor(IDS.cpOpen1) });
    expect(res.status).toBe(201);
    const body = res.body as CheckInResponse;
    expect(body.outcome).toBe('accepted');
    expect(body.stamp).toMatchObject({
      checkpointId: IDS.cpOpen1,
      venueId: IDS.venueOpen,
      venueName: '开放实验室',
      source: 'live',
    });
    expect(body.card.title).toBe('焊接机器人');
    expect(body.card.question).toEqual({ prompt: '问题？', options: ['甲', '乙', '丙'] });
    expect(res.text).not.toMatch(/answerIndex|explanation|因为乙/);
    expect(body.trails).toEqual([
      expect.objectContaining({
        trailId: IDS.trailTangshan,
        collected: 1,
        total: 3,
        completed: false,
        nextPosition: 1,
      }),
    ]);
  });

  it('accepts the bare token as a mini-program code scene', async () => {
    const url = await t.codeFor(IDS.cpOpen1);
    const res = await t.checkIn(visitor, { code: url.split('/q/')[1] });
    expect(res.status).toBe(201);
  });

  it('answers a repeat scan with the existing stamp and never writes a second row', async () => {
    const code = await t.codeFor(IDS.cpOpen1);
    const first = await t.checkIn(visitor, { code });
    const second = await t.checkIn(visitor, { code });
    expect(second.status).toBe(200);
    expect(second.body.outcome).toBe('repeat');
    expect(second.body.stamp.checkInId).toBe(first.body.stamp.checkInId);
    expect(
      await t.count(`SELECT count(*) n FROM check_in WHERE checkpoint_id = $1`, [IDS.cpOpen1]),
    ).toBe(1);
  });

  it('gives a second stamp on another day under the per-day rule, but not under per-campaign', async () => {
    const code = await t.codeFor(IDS.cpOpen1);
    const yesterday = new Date(Date.now() - 25 * 3_600_000);
    expect((await t.checkIn(visitor, { code, scannedAt: yesterday.toISOString() })).status).toBe(
      201,
    );
    const today = await t.checkIn(visitor, { code });
    expect(today.status).toBe(201);

    await t.db.query(`UPDATE campaign SET stamp_rule = 'per_campaign'`);
    t.catalogChanged();
    const other = await t.guest();
    expect((await t.checkIn(other, { code, scannedAt: yesterday.toISOString() })).status).toBe(201);
    expect((await t.checkIn(other, { code })).status).toBe(200);
  });

  it('replays the first response for the same Idempotency-Key and refuses the key for another body', async () => {
    const key = randomKey();
    const code = await t.codeFor(IDS.cpOpen1);
    const first = await t.checkIn(visitor, { code }, key);
    const retry = await t.checkIn(visitor, { code }, key);
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    // The stored answer leaves the card to the catalogue; the replay puts it back.
    expect(first.body.card.title).toEqual(expect.any(String));
    const stored = (await t.db.query(`SELECT response FROM idempotency_record WHERE key = $1`, [
      key,
    ])) as Array<{ response: Record<string, unknown> }>;
    expect(stored[0]!.response).not.toHaveProperty('card');
    expect(stored[0]!.response).toMatchObject({ outcome: 'accepted', stamp: first.body.stamp });
    const reused = await t.checkIn(visitor, { code: await t.codeFor(IDS.cpOpen2) }, key);
    expect(reused.status).toBe(422);
    expect(reused.body.error.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await t.count(`SELECT count(*) n FROM check_in`)).toBe(1);
  });

  it('keeps one stamp under concurrent retries and double taps', async () => {
    const code = await t.codeFor(IDS.cpOpen2);
    const key = randomKey();
    const sameKey = await Promise.all(
      Array.from({ length: 8 }, () => t.checkIn(visitor, { code }, key)),
    );
    const otherKeys = await Promise.all(
      Array.from({ length: 8 }, () => t.checkIn(visitor, { code })),
    );
    const statuses = [...sameKey, ...otherKeys].map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(8); // the one key's answer, replayed
    expect(statuses.filter((s) => s === 200)).toHaveLength(8);
    expect(new Set([...sameKey, ...otherKeys].map((r) => r.body.stamp.checkInId)).size).toBe(1);
    expect(await t.count(`SELECT count(*) n FROM check_in`)).toBe(1);
    expect(await t.count(`SELECT sum(count) n FROM check_in_stat WHERE outcome = 'accepted'`)).toBe(
      1,
    );
  });

  it('requires a well-formed Idempotency-Key', async () => {
    const code = await t.codeFor(IDS.cpOpen1);
    const missing = await t.request('POST', '/api/check-ins', { token: visitor, body: { code } });
    expect(missing.status).toBe(400);
    expect(missing.body.error.code).toBe('IDEMPOTENCY_KEY_REQUIRED');
    const bad = await t.checkIn(visitor, { code }, 'short');
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'Idempotency-Key' });
  });

  describe('refuses codes it did not sign, and records the attempt', () => {
    it.each([
      ['garbage', 'hello'],
      ['SQL', "' OR 1=1; DROP TABLE check_in; --"],
      ['script', '<script>alert(1)</script>'],
      ['another site', 'https://evil.example/q/AAAAAAAAAAAAAAAAAAAAAAAAAA'],
    ])('%s', async (_, code) => {
      const res = await t.checkIn(visitor, { code });
      expect(res.status).toBe(422);
      expect(res.body.error.code).toBe('QR_INVALID');
      expect(
        await t.count(
          `SELECT count(*) n FROM check_in WHERE status = 'rejected' AND reason = 'QR_INVALID'`,
        ),
      ).toBe(1);
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
    t.catalogChanged();
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

    it('judges an offline replay by the code valid at scan time', async () => {
      const scannedAt = new Date(Date.now() - 2 * 3_600_000);
      const code = await t.codeFor(IDS.cpRotating, {
        counter: rotationSlot(scannedAt),
      });
      const res = await t.checkIn(visitor, { code, scannedAt: scannedAt.toISOString() });
      expect(res.status).toBe(201);
      expect(res.body.stamp.source).toBe('offline');
      expect(res.body.stamp.scannedAt).toBe(scannedAt.toISOString());
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

  it('completes a trail and keeps aggregates up to date as check-ins arrive', async () => {
    await t.checkIn(visitor, { code: await t.codeFor(IDS.cpOpen1) });
    await t.checkIn(visitor, {
      code: await t.codeFor(IDS.cpHours),
      scannedAt: lastShanghaiTime(10).toISOString(),
    });
    const last = await t.checkIn(visitor, { code: await t.codeFor(IDS.cpOpen2) });
    expect(last.body.trails[0]).toMatchObject({
      collected: 3,
      total: 3,
      completed: true,
      nextPosition: null,
    });
    expect(last.body.trails[0].completedAt).toEqual(expect.any(String));
    expect(await t.count(`SELECT sum(count) n FROM check_in_stat WHERE outcome = 'accepted'`)).toBe(
      3,
    );
    expect(await t.count(`SELECT count(*) n FROM venue_visit`)).toBe(2);
    expect(
      await t.count(`SELECT count(*) n FROM trail_progress WHERE completed_at IS NOT NULL`),
    ).toBe(1);
  });

  describe('bad input gets a clear error and writes nothing', () => {
    it.each([
      ['a number for code', { code: 123 }, 'code'],
      ['no code', {}, 'code'],
      ['an unknown field', { code: 'x', admin: true }, 'admin'],
      ['a bad time', { code: 'x', scannedAt: 'yesterday' }, 'scannedAt'],
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
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start({ CHECK_IN_RATE_LIMIT_PER_MINUTE: '3' });
    await t.reset();
  });
  afterAll(async () => {
    await t.stop();
  });

  it('limits each visitor, not everyone behind one address, and says when to retry', async () => {
    const a = await t.guest();
    const b = await t.guest();
    const code = await t.codeFor(IDS.cpOpen1);
    for (let i = 0; i < 3; i++) expect((await t.checkIn(a, { code })).status).toBeLessThan(300);
    const limited = await t.checkIn(a, { code });
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('RATE_LIMITED');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await t.checkIn(b, { code })).status).toBe(201);
  });
});
