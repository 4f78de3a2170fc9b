import type { SessionResponse } from '@xinghuo/shared';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source';
import { createTestDatabase } from './support/database';
import { ACCOUNTS, IDS, PASSWORD, resetDatabase } from './support/fixture';
import { callServer, type ServerProcess, startServerProcess } from './support/server-process';

/** Needs the built server: `pnpm --filter server build`. */
describe('two server processes on one database: an approval reaches visitors on both within 2 s', () => {
  let db: DataSource;
  let a: ServerProcess;
  let b: ServerProcess;

  beforeAll(async () => {
    const url = await createTestDatabase();
    db = new DataSource(dataSourceOptions(url));
    await db.initialize();
    await resetDatabase(db);
    [a, b] = await Promise.all([startServerProcess(url), startServerProcess(url)]);
  }, 90_000);
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await db?.destroy();
  });

  const call = callServer;
  const login = async (server: ServerProcess, username: string) =>
    (
      (await call(server, 'POST', '/api/auth/login', undefined, { username, password: PASSWORD }))
        .body as SessionResponse
    ).token;
  /** Milliseconds until `check` holds on `server`, polling every 20 ms, or Infinity after 5 s. */
  const until = async (server: ServerProcess, path: string, check: (body: any) => boolean) => {
    const started = Date.now();
    while (Date.now() - started < 5000) {
      if (check((await call(server, 'GET', path)).body)) return Date.now() - started;
      await new Promise((r) => setTimeout(r, 20));
    }
    return Infinity;
  };

  it('publishes an approved description on the other process within 2 s', async () => {
    const staff = await login(a, ACCOUNTS.staffOpen);
    const organizer = await login(b, ACCOUNTS.orgTangshan);
    expect((await call(b, 'GET', `/api/venues/${IDS.venueOpen}`)).body.description).toBe(
      '全天开放',
    );
    const edit = await call(a, 'PATCH', `/api/venues/${IDS.venueOpen}`, staff, {
      version: 1,
      description: '审核通过的新介绍',
    });
    expect(edit.status).toBe(200);
    const approved = await call(
      b,
      'POST',
      `/api/reviews/${edit.body.reviewId}/approve`,
      organizer,
      {},
    );
    expect(approved.status).toBe(200);
    const took = await until(
      a,
      `/api/venues/${IDS.venueOpen}`,
      (v) => v.description === '审核通过的新介绍',
    );
    expect(took).toBeLessThan(2000);
  });

  it('applies a setting made on one process to check-ins on the other within 2 s', async () => {
    const staff = await login(b, ACCOUNTS.staffOpen);
    const { version } = (await call(b, 'GET', `/api/admin/venues/${IDS.venueOpen}`, staff)).body;
    expect(
      (
        await call(b, 'PATCH', `/api/venues/${IDS.venueOpen}`, staff, {
          version,
          geofenceRadiusM: 300,
        })
      ).status,
    ).toBe(200);
    expect(
      await until(a, `/api/venues/${IDS.venueOpen}`, (v) => v.geofenceRadiusM === 300),
    ).toBeLessThan(2000);
  });

  it('hears changes again after its listening connection is cut', async () => {
    const cut = await db.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'xinghuo-catalog-listener' AND datname = current_database()`,
    );
    expect(cut.length).toBe(2);
    const staff = await login(a, ACCOUNTS.staffOpen);
    const { version } = (await call(a, 'GET', `/api/admin/venues/${IDS.venueOpen}`, staff)).body;
    expect(
      (
        await call(a, 'PATCH', `/api/venues/${IDS.venueOpen}`, staff, {
          version,
          geofenceRadiusM: 800,
        })
      ).status,
    ).toBe(200);
    expect(
      await until(b, `/api/venues/${IDS.venueOpen}`, (v) => v.geofenceRadiusM === 800),
    ).toBeLessThan(3000);
    const listeners = await db.query(
      `SELECT count(*)::int n FROM pg_stat_activity WHERE application_name = 'xinghuo-catalog-listener' AND datname = current_database()`,
    );
    expect(listeners[0].n).toBe(2);
  });
});
