import { randomUUID } from 'node:crypto';
import { TokenService } from '../src/auth/token.service';
import { CatalogService } from '../src/catalog/catalog.service';
import type { CheckInOutcome, PendingCheckIn } from '../src/check-ins/check-in.types';
import { CheckInWriter } from '../src/check-ins/check-in.writer';
import { IdempotencySweeper } from '../src/check-ins/idempotency.sweeper';
import { IDS } from './support/fixture';
import { randomKey, type TestApp, withTestApp } from './support/app';

/** The group-commit writer under failure: a bad item in a batch, a lost connection, a burst from one visitor. */
describe('check-in writer', () => {
  const ctx = withTestApp();
  let t: TestApp;
  beforeEach(() => ({ t } = ctx));

  async function visitorId(): Promise<string> {
    return t.app.get(TokenService).verify(await t.guest()).id;
  }

  async function pending(visitor: string, checkpointId: string): Promise<PendingCheckIn> {
    const snapshot = await t.app.get(CatalogService).get();
    const checkpoint = snapshot.checkpoints.get(checkpointId)!;
    const now = new Date();
    return {
      visitorId: visitor,
      idempotencyKey: randomKey(),
      requestHash: 'a'.repeat(64),
      scannedAt: now,
      receivedAt: now,
      verdict: {
        ok: true,
        periodKey: 'writer-test',
        source: 'live',
        geofence: 'none',
        accuracyBucket: null,
      },
      checkpoint,
      venue: snapshot.venues.get(checkpoint.venueId)!,
      campaign: snapshot.campaigns.find((c) => c.id === IDS.campaignNow)!,
    };
  }

  it('writes the good items of a batch one by one when another item fails it', async () => {
    const writer = t.app.get(CheckInWriter);
    const snapshot = await t.app.get(CatalogService).get();
    const [a, b] = [await visitorId(), await visitorId()];
    const good = [
      await pending(a, IDS.cpOpen1),
      await pending(a, IDS.cpOpen2),
      await pending(b, IDS.cpOpen1),
    ];
    // A checkpoint the database does not know: its row breaks a foreign key, and the batch with it.
    const bad = await pending(b, IDS.cpOpen2);
    bad.checkpoint = { ...bad.checkpoint!, id: randomUUID() };

    // Submitted in one turn of the event loop, so they share a batch.
    const outcomes: CheckInOutcome[] = await Promise.all(
      [good[0]!, bad, good[1]!, good[2]!].map((item) => writer.submit(item, snapshot)),
    );

    expect(outcomes.map((o) => o.statusCode)).toEqual([201, 500, 201, 201]);
    expect(JSON.parse(outcomes[1]!.json)).toMatchObject({ error: { code: 'INTERNAL_ERROR' } });
    expect(await t.count(`SELECT count(*) n FROM check_in`)).toBe(3);
    expect(await t.count(`SELECT count(*) n FROM idempotency_record`)).toBe(3);
    expect(await t.count(`SELECT sum(count) n FROM check_in_stat`)).toBe(3);
  });

  it('reconnects when the database ends its connection', async () => {
    const visitor = await t.guest();
    const first = await t.checkIn(visitor, { code: await t.codeFor(IDS.cpOpen1) });
    expect(first.status).toBe(201);
    const ended = await t.count(
      `SELECT count(*) n FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE application_name = 'xinghuo-check-in-writer' AND datname = current_database()) x`,
    );
    expect(ended).toBe(1);

    const second = await t.checkIn(visitor, { code: await t.codeFor(IDS.cpOpen2) });
    expect(second.status).toBe(201);
    expect(await t.count(`SELECT count(*) n FROM check_in`)).toBe(2);
  });

  it("counts a visitor's progress right when their scans arrive together with others' load", async () => {
    const visitor = await t.guest();
    const others = await Promise.all(Array.from({ length: 6 }, () => t.guest()));
    const codes = [await t.codeFor(IDS.cpOpen1), await t.codeFor(IDS.cpOpen2)];
    const answers = await Promise.all([
      ...codes.map((code) => t.checkIn(visitor, { code })),
      ...others.flatMap((other) => codes.map((code) => t.checkIn(other, { code }))),
    ]);
    expect(answers.every((r) => r.status === 201)).toBe(true);
    const collected = await t.count(
      `SELECT collected n FROM trail_progress WHERE trail_id = $1 AND visitor_key = $2`,
      [IDS.trailTangshan, t.app.get(TokenService).verify(visitor).id],
    );
    expect(collected).toBe(2);
    expect(await t.count(`SELECT count(*) n FROM trail_progress WHERE collected = 2`)).toBe(7);
  });

  it('sweeps stored answers past their retention and keeps the recent ones replayable', async () => {
    const visitor = await t.guest();
    const code = await t.codeFor(IDS.cpOpen1);
    const [oldKey, newKey] = [randomKey(), randomKey()];
    const first = await t.checkIn(visitor, { code }, oldKey);
    await t.checkIn(visitor, { code: await t.codeFor(IDS.cpOpen2) }, newKey);
    await t.db.query(
      `UPDATE idempotency_record SET created_at = now() - interval '8 days' WHERE key = $1`,
      [oldKey],
    );

    expect(await t.app.get(IdempotencySweeper).sweep()).toBe(1);
    expect(
      await t.count(`SELECT count(*) n FROM idempotency_record WHERE key = $1`, [newKey]),
    ).toBe(1);
    // The stamp stays; a retry with the swept key is judged afresh: the same stamp, as a repeat.
    const late = await t.checkIn(visitor, { code }, oldKey);
    expect(late.status).toBe(200);
    expect(late.body.stamp.checkInId).toBe(first.body.stamp.checkInId);
    expect(await t.count(`SELECT count(*) n FROM check_in`)).toBe(2);
  });
});
