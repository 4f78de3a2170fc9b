import type { CheckInResponse } from '@xinghuo/shared';
import { IDS } from './support/fixture';
import { lastShanghaiTime, randomKey, type TestApp, withTestApp } from './support/app';

describe('POST /api/check-ins: stamps, repeats and idempotency', () => {
  const ctx = withTestApp();
  let t: TestApp;
  let visitor: string;
  beforeEach(() => ({ t, visitor } = ctx));

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

  it('accepts a venue and checkpoint created after the catalogue was loaded, at once', async () => {
    expect((await t.checkIn(visitor, { code: await t.codeFor(IDS.cpOpen1) })).status).toBe(201);
    const [venue] = (await t.db.query(
      `INSERT INTO venue (name, kind, region_code, address, lat, lng, host, status)
       VALUES ('新开的实验室', 'spark_hall', '130202', '路南区六号', 39.6, 118.2, '某研究所', 'published')
       RETURNING id`,
    )) as Array<{ id: string }>;
    const [checkpoint] = (await t.db.query(
      `INSERT INTO checkpoint (venue_id, name, card) VALUES ($1, '新展台', '{"title":"新展台","body":"新知识"}')
       RETURNING id`,
      [venue!.id],
    )) as Array<{ id: string }>;
    const res = await t.checkIn(visitor, { code: await t.codeFor(checkpoint!.id) });
    expect(res.status).toBe(201);
    expect(res.body.stamp.venueName).toBe('新开的实验室');
  });

  it('refuses the code of a deleted checkpoint without reloading the catalogue for every scan', async () => {
    const code = await t.codeFor(IDS.cpOpen2);
    await t.db.query('DELETE FROM checkpoint WHERE id = $1', [IDS.cpOpen2]);
    await t.catalogChanged();
    for (let i = 0; i < 3; i++) {
      expect((await t.checkIn(visitor, { code })).body.error.code).toBe('QR_INVALID');
    }
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
    await t.catalogChanged();
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
    // The scan from 10:00 is an offline replay when that was yesterday: a new stamp all the same.
    expect(
      await t.count(
        `SELECT sum(count) n FROM check_in_stat WHERE outcome IN ('accepted', 'offline_replay')`,
      ),
    ).toBe(3);
    expect(await t.count(`SELECT count(*) n FROM venue_visit`)).toBe(2);
    expect(
      await t.count(`SELECT count(*) n FROM trail_progress WHERE completed_at IS NOT NULL`),
    ).toBe(1);
  });
});
