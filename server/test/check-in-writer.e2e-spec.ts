import { TokenService } from '../src/auth/token.service';
import { CatalogService } from '../src/catalog/catalog.service';
import type { CheckInOutcome, PendingCheckIn } from '../src/check-ins/check-in.types';
import { CheckInWriter } from '../src/check-ins/check-in.writer';
import { CheckInSweeper } from '../src/check-ins/check-in.sweeper';
import { ADVISORY_LOCKS } from '../src/database/advisory-locks';
import { IDS } from './support/fixture';
import { randomKey, type TestApp, withTestApp } from './support/app';
import { fold } from './support/stats-scenario';

/** The group-commit writer under failure: a bad item in a batch, a lost connection, a burst from one visitor. */
describe('check-in writer', () => {
  // The figures' folder runs only when a test asks (fold), so the sweep tests control its cursor.
  const ctx = withTestApp({ STATS_FOLD_INTERVAL_MS: '0' });
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

  it('isolates an item that fails its batch in a few attempts, not one by one', async () => {
    const writer = t.app.get(CheckInWriter);
    const snapshot = await t.app.get(CatalogService).get();
    const visitors = await Promise.all(Array.from({ length: 32 }, () => visitorId()));
    const good: PendingCheckIn[] = [];
    for (const visitor of visitors) {
      good.push(await pending(visitor, IDS.cpOpen1), await pending(visitor, IDS.cpOpen2));
    }
    // A scan time PostgreSQL refuses: the parser keeps it out, but whatever else breaks a row
    // must not cost everyone else their batch.
    const bad = await pending(visitors[0]!, IDS.cpRotating);
    bad.scannedAt = new Date('0000-01-01T00:00:00Z');
    const items = [...good.slice(0, 40), bad, ...good.slice(40)];

    const before = writer.status().attempts;
    // Submitted in one turn of the event loop, so they share a batch.
    const outcomes: CheckInOutcome[] = await Promise.all(
      items.map((item) => writer.submit(item, snapshot)),
    );
    const attempts = writer.status().attempts - before;

    expect(outcomes.filter((o) => o.statusCode === 201)).toHaveLength(64);
    expect(outcomes[40]!.statusCode).toBe(500);
    expect(JSON.parse(outcomes[40]!.json)).toMatchObject({ error: { code: 'INTERNAL_ERROR' } });
    // The batch, then two halves per level down to the bad item: 1 + 2 × ⌈log2 65⌉.
    expect(attempts).toBeLessThanOrEqual(15);
    expect(await t.count(`SELECT count(*) n FROM check_in`)).toBe(64);
    expect(await t.count(`SELECT count(*) n FROM idempotency_record`)).toBe(64);
    expect(await t.count(`SELECT sum(count) n FROM check_in_stat`)).toBe(64);
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

    expect(await t.app.get(CheckInSweeper).sweep()).toEqual({ answers: 1, rejected: 0 });
    expect(
      await t.count(`SELECT count(*) n FROM idempotency_record WHERE key = $1`, [newKey]),
    ).toBe(1);
    // The stamp stays; a retry with the swept key is judged afresh: the same stamp, as a repeat.
    const late = await t.checkIn(visitor, { code }, oldKey);
    expect(late.status).toBe(200);
    expect(late.body.stamp.checkInId).toBe(first.body.stamp.checkInId);
    expect(await t.count(`SELECT count(*) n FROM check_in`)).toBe(2);
  });

  it('sweeps rejected check-ins past their retention and keeps stamps and counts', async () => {
    const visitor = await t.guest();
    await t.checkIn(visitor, { code: await t.codeFor(IDS.cpOpen1) });
    await t.checkIn(visitor, { code: await t.codeFor(IDS.cpInactive) });
    await t.checkIn(visitor, { code: await t.codeFor(IDS.cpDraftVenue) });
    await t.db.query(
      `UPDATE check_in SET received_at = now() - interval '31 days' WHERE checkpoint_id = $1`,
      [IDS.cpInactive],
    );
    await t.db.query(
      `UPDATE check_in SET received_at = now() - interval '31 days' WHERE status = 'accepted'`,
    );
    const sweeper = t.app.get(CheckInSweeper);
    // Not yet counted by the figures' folder: kept, however old.
    await t.db.query(`UPDATE stat_cursor SET position = 0 WHERE source = 'check_in'`);
    expect(await sweeper.sweep()).toEqual({ answers: 0, rejected: 0 });

    await fold(t);
    expect(await sweeper.sweep()).toEqual({ answers: 0, rejected: 1 });
    expect(await t.count(`SELECT count(*) n FROM check_in WHERE status = 'accepted'`)).toBe(1);
    expect(await t.count(`SELECT count(*) n FROM check_in WHERE status = 'rejected'`)).toBe(1);
    expect(
      await t.count(`SELECT sum(count) n FROM check_in_stat WHERE outcome = 'CHECKPOINT_INACTIVE'`),
    ).toBe(2);
  });

  it('skips a sweep while another process is sweeping', async () => {
    const sweeper = t.app.get(CheckInSweeper);
    // What another process's sweeper holds while it runs.
    const other = t.db.createQueryRunner();
    await other.connect();
    await other.query('SELECT pg_advisory_lock($1)', [ADVISORY_LOCKS.sweeper]);
    try {
      expect(await sweeper.sweep()).toBeNull();
    } finally {
      await other.query('SELECT pg_advisory_unlock($1)', [ADVISORY_LOCKS.sweeper]);
      await other.release();
    }
    expect(await sweeper.sweep()).toEqual({ answers: 0, rejected: 0 });
  });
});
