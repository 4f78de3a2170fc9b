import { Client } from 'pg';
import { IDS } from './support/fixture';
import { randomKey, TestApp } from './support/app';
import { startTcpProxy, type TcpProxy } from './support/tcp-proxy';

/** The writer when the database stalls, locks, drops the connection or cannot keep up. */
describe('check-in writer under database failures', () => {
  const TIMEOUTS = { CHECK_IN_STATEMENT_TIMEOUT_MS: '300', CHECK_IN_CONNECT_TIMEOUT_MS: '500' };

  async function timed<T>(work: Promise<T>): Promise<{ value: T; ms: number }> {
    const started = Date.now();
    const value = await work;
    return { value, ms: Date.now() - started };
  }

  /** A session of the test's own holding an exclusive lock on a table the writer updates. */
  async function lockTable(t: TestApp, table: string): Promise<() => Promise<void>> {
    const { url } = t.db.options as { url: string };
    const locker = new Client({ connectionString: url });
    await locker.connect();
    await locker.query('BEGIN');
    await locker.query(`LOCK TABLE ${table} IN EXCLUSIVE MODE`);
    return async () => {
      await locker.query('ROLLBACK');
      await locker.end();
    };
  }

  /** An app whose every database connection goes through a proxy the test stalls or cuts. */
  function behindProxy(env: Record<string, string>): { t: TestApp; proxy: TcpProxy } {
    const ctx = {} as { t: TestApp; proxy: TcpProxy };
    beforeAll(async () => {
      ctx.proxy = await startTcpProxy(process.env.TEST_PG_ADMIN_URL!);
      ctx.t = await TestApp.start(env, { via: (url) => ctx.proxy.via(url) });
    });
    afterAll(async () => {
      ctx.proxy.resume();
      await ctx.t.stop();
      await ctx.proxy.close();
    });
    beforeEach(async () => {
      ctx.proxy.resume();
      await ctx.t.reset();
    });
    return ctx;
  }

  /** A visitor's first scan goes through; the link stalls; their second scan, and how long it took. */
  async function scanWhileStalled(t: TestApp, proxy: TcpProxy) {
    const visitor = await t.guest();
    expect((await t.checkIn(visitor, { code: await t.codeFor(IDS.cpOpen1) })).status).toBe(201);
    const code = await t.codeFor(IDS.cpOpen2);
    proxy.stall();
    const stalled = await timed(t.checkIn(visitor, { code }));
    expect(stalled.value.status).toBe(503);
    expect(stalled.value.body.error.code).toBe('SERVICE_UNAVAILABLE');
    expect(Number(stalled.value.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(stalled.ms).toBeLessThan(3_000);
    return { visitor, code };
  }

  describe('through a link that stalls or drops', () => {
    const ctx = behindProxy(TIMEOUTS);
    let proxy: TcpProxy;
    let t: TestApp;
    beforeEach(() => ({ t, proxy } = ctx));

    it('answers 503 with Retry-After within its deadline on a stalled link, tells readiness, and recovers', async () => {
      const { visitor, code } = await scanWhileStalled(t, proxy);

      const live = await timed(t.request('GET', '/api/health'));
      expect(live.value.status).toBe(200);
      expect(live.ms).toBeLessThan(500);
      const ready = await timed(t.request('GET', '/api/health/ready'));
      expect(ready.value.status).toBe(503);
      expect(ready.value.body.error).toMatchObject({
        code: 'SERVICE_UNAVAILABLE',
        details: { status: 'not_ready', writer: { state: 'failing' } },
      });
      expect(ready.ms).toBeLessThan(3_000);

      proxy.resume();
      const again = await t.checkIn(visitor, { code });
      expect(again.status).toBe(201);
      const readyAgain = await t.request('GET', '/api/health/ready');
      expect(readyAgain.status).toBe(200);
      expect(readyAgain.body).toMatchObject({ status: 'ready', database: 'up' });
      expect(await t.count(`SELECT count(*) n FROM check_in`)).toBe(2);
    });

    it('answers 503 in time when the catalogue must be reloaded over a stalled link', async () => {
      const visitor = await t.guest();
      // A checkpoint the snapshot does not hold yet: the one kind of scan that waits for a reload
      // (any other is judged against the snapshot in memory while it reloads in the background).
      const [row] = (await t.db.query(
        `INSERT INTO checkpoint (venue_id, name, card, live) VALUES ($1, '新展台', '{"title":"新展台","body":"新知识"}', true)
         RETURNING id`,
        [IDS.venueOpen],
      )) as Array<{ id: string }>;
      const code = await t.codeFor(row!.id);
      proxy.stall();
      const stalled = await timed(t.checkIn(visitor, { code }));
      expect(stalled.value.status).toBe(503);
      expect(stalled.value.body.error.code).toBe('SERVICE_UNAVAILABLE');
      expect(stalled.ms).toBeLessThan(3_000);
      proxy.resume();
      expect((await t.checkIn(visitor, { code })).status).toBe(201);
    });

    it('fails fast when the connection drops under a batch, and writes it on a new connection', async () => {
      const visitor = await t.guest();
      expect((await t.checkIn(visitor, { code: await t.codeFor(IDS.cpOpen1) })).status).toBe(201);
      const code = await t.codeFor(IDS.cpOpen2);

      proxy.stall();
      const inFlight = t.checkIn(visitor, { code });
      await new Promise((resolve) => setTimeout(resolve, 100));
      proxy.cut();
      proxy.resume();
      const answered = await timed(inFlight);
      expect(answered.value.status).toBe(201);
      expect(answered.ms).toBeLessThan(1_000);
      expect(await t.count(`SELECT count(*) n FROM check_in`)).toBe(2);
    });
  });

  describe('with rate-limit counters in the database', () => {
    // A quarter of 4: from a visitor's second scan on, the shared counters are asked.
    const ctx = behindProxy({ ...TIMEOUTS, CHECK_IN_RATE_LIMIT_PER_MINUTE: '4' });
    let proxy: TcpProxy;
    let t: TestApp;
    beforeEach(() => ({ t, proxy } = ctx));

    it('answers 503 in time when the counters do not answer', async () => {
      await scanWhileStalled(t, proxy);
    });
  });

  describe('behind a lock', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await TestApp.start(TIMEOUTS);
    });
    afterAll(async () => {
      await t.stop();
    });
    beforeEach(async () => {
      await t.reset();
    });

    it('ends a statement past its timeout with 503, writes nothing, and the retry goes through', async () => {
      const visitor = await t.guest();
      const code = await t.codeFor(IDS.cpOpen1);
      const key = randomKey();
      const release = await lockTable(t, 'check_in_stat');
      const stuck = await timed(t.checkIn(visitor, { code }, key));
      await release();
      expect(stuck.value.status).toBe(503);
      expect(stuck.value.body.error.code).toBe('SERVICE_UNAVAILABLE');
      expect(stuck.ms).toBeLessThan(2_000);
      expect(await t.count(`SELECT count(*) n FROM check_in`)).toBe(0);
      expect(await t.count(`SELECT count(*) n FROM idempotency_record`)).toBe(0);

      const retry = await t.checkIn(visitor, { code }, key);
      expect(retry.status).toBe(201);
    });
  });

  describe('with a full queue', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await TestApp.start({ CHECK_IN_QUEUE_LIMIT: '3' });
    });
    afterAll(async () => {
      await t.stop();
    });

    it('refuses what it cannot hold with 503 and Retry-After at once, and answers what it holds', async () => {
      await t.reset();
      const visitors = await Promise.all(Array.from({ length: 8 }, () => t.guest()));
      const code = await t.codeFor(IDS.cpOpen1);
      const release = await lockTable(t, 'check_in_stat');
      const settled: Array<{ status: number; retryAfter: string | null }> = [];
      const all = visitors.map((v) =>
        t.checkIn(v, { code }).then((res) => {
          settled.push({ status: res.status, retryAfter: res.headers.get('retry-after') });
          return res;
        }),
      );
      for (let waited = 0; settled.length < 5 && waited < 3_000; waited += 20) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(settled).toHaveLength(5);
      expect(settled.every((s) => s.status === 503 && Number(s.retryAfter) > 0)).toBe(true);
      await release();
      const statuses = (await Promise.all(all)).map((r) => r.status).sort();
      expect(statuses).toEqual([201, 201, 201, 503, 503, 503, 503, 503]);
      expect(await t.count(`SELECT count(*) n FROM check_in`)).toBe(3);
    });
  });
});
