import type { PassportResponse, StatsOverviewResponse, StatsTodayResponse } from '@xinghuo/shared';
import { TestApp } from './support/app';
import { ACCOUNTS, IDS } from './support/fixture';
import { fold } from './support/stats-scenario';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The folder on its own timer, as in production: every 100 ms here. */
describe('live figures', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start({ STATS_FOLD_INTERVAL_MS: '100' });
  });
  afterAll(async () => {
    await t.stop();
  });
  beforeEach(async () => {
    await t.reset();
  });

  it("a live check-in appears in today's figures, exactly once, within seconds", async () => {
    const staff = await t.login(ACCOUNTS.staffOpen);
    const today = () =>
      t
        .request<StatsTodayResponse>('GET', '/api/stats/today', { token: staff })
        .then((r) => r.body);
    expect((await today()).checkIns).toBe(0);
    const visitor = await t.guest();
    const sentAt = Date.now();
    expect((await t.checkIn(visitor, { code: await t.codeFor(IDS.cpOpen1) })).status).toBe(201);
    let seen = await today();
    while (seen.checkIns === 0 && Date.now() - sentAt < 10_000) {
      await sleep(50);
      seen = await today();
    }
    expect(seen).toMatchObject({ checkIns: 1, uniqueVisitors: 1 });
    expect(Date.now() - sentAt).toBeLessThan(10_000);
    await sleep(500);
    expect(await today()).toMatchObject({ checkIns: 1, uniqueVisitors: 1, repeats: 0 });
  });

  it('erasure racing the visitor’s own check-ins leaves nothing keyed by them, and counts every stamp that was answered', async () => {
    const national = await t.login(ACCOUNTS.orgNational);
    const codes = [
      await t.codeFor(IDS.cpOpen1),
      await t.codeFor(IDS.cpOpen2),
      await t.codeFor(IDS.cpShaoguan),
    ];
    let stamped = 0;
    let stampedVisitors = 0;
    for (let round = 0; round < 8; round++) {
      const token = await t.guest();
      const id = (await t.request<PassportResponse>('GET', '/api/me/passport', { token })).body
        .visitor.id;
      // Stamps on three days at three checkpoints, a few repeats, and the erasure somewhere among them.
      const scans = Array.from({ length: 12 }, (_, i) => ({
        code: codes[i % 3]!,
        scannedAt: new Date(Date.now() - (i % 4) * 20 * 3_600_000).toISOString(),
      }));
      const eraseAt = round * 6;
      const answers = await Promise.all([
        ...scans.map(async (body, i) => {
          await sleep(i * 4);
          return (await t.checkIn(token, body)).status;
        }),
        (async () => {
          await sleep(eraseAt);
          return (await t.request('DELETE', '/api/me', { token })).status + 1000;
        })(),
      ]);
      expect(answers.at(-1)).toBe(1204);
      const accepted = answers.filter((s) => s === 201).length;
      stamped += accepted;
      if (accepted > 0) stampedVisitors += 1;
      for (const [table, column] of [
        ['visitor', 'id'],
        ['check_in', 'visitor_id'],
        ['idempotency_record', 'visitor_id'],
        ['venue_visit', 'visitor_key'],
        ['trail_progress', 'visitor_key'],
        ['trail_fold', 'visitor_key'],
      ] as const) {
        expect([
          table,
          await t.count(`SELECT count(*) n FROM ${table} WHERE ${column} = $1`, [id]),
        ]).toEqual([table, 0]);
      }
    }
    await fold(t);
    const day = (offset: number) =>
      new Date(Date.now() + offset * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);
    const o = await t.request<StatsOverviewResponse>(
      'GET',
      `/api/stats/overview?from=${day(-4)}&to=${day(1)}`,
      { token: national },
    );
    expect(o.body).toMatchObject({ checkIns: stamped, uniqueVisitors: stampedVisitors });
    for (const table of [
      'stat_scope_day',
      'unique_pair',
      'trail_funnel_stat',
      'trail_finish_stat',
    ]) {
      expect([table, await t.count(`SELECT count(*) n FROM ${table} WHERE count < 0`)]).toEqual([
        table,
        0,
      ]);
    }
  });
});
