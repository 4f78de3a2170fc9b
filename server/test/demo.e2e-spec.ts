import { DEMO_ACCOUNTS } from '../src/demo/demo-accounts';
import { DEMO_VENUES } from '../src/demo/demo-content';
import { seedDemoData } from '../src/demo/demo-seeder';
import { createTestDatabase } from './support/database';
import { callServer, type ServerProcess, startServerProcess } from './support/server-process';

/** Needs the built server: `pnpm --filter server build`. */
describe('demo data: accounts for every venue and city, and a review queue waiting', () => {
  let server: ServerProcess;
  let url: string;

  beforeAll(async () => {
    url = await createTestDatabase();
    server = await startServerProcess(url, { DEMO_DATA: '1' });
  }, 90_000);
  afterAll(() => server?.stop());

  const call = (method: string, path: string, token?: string, body?: unknown) =>
    callServer(server, method, path, token, body);
  const login = async (username: string) =>
    (await call('POST', '/api/auth/login', undefined, { username, password: 'kepu2025' })).body
      .token as string;

  it('has a staff account for every demo venue and an organizer per city and for the nation', async () => {
    expect(
      DEMO_ACCOUNTS.filter((a) => a.venueKey)
        .map((a) => a.venueKey)
        .sort(),
    ).toEqual(DEMO_VENUES.map((v) => v.key).sort());
    for (const account of DEMO_ACCOUNTS) {
      const me = await call('GET', '/api/auth/me', await login(account.username));
      expect([account.username, me.status, me.body.mustChangePassword]).toEqual([
        account.username,
        200,
        false,
      ]);
    }
  });

  it('shows demo-organizer a pending revision and a submitted trail with before and after', async () => {
    const queue = await call('GET', '/api/reviews?status=pending', await login('demo-organizer'));
    const subjects = queue.body.items.map((r: { subject: string }) => r.subject).sort();
    expect(subjects).toEqual(['checkpoint', 'trail', 'venue']);
    const venue = queue.body.items.find((r: { subject: string }) => r.subject === 'venue');
    expect(venue.changedFields).toEqual(expect.arrayContaining(['description', 'accessibility']));
    const trail = queue.body.items.find((r: { subject: string }) => r.subject === 'trail');
    const approved = await call(
      'POST',
      `/api/reviews/${trail.id}/approve`,
      await login('demo-organizer'),
      {},
    );
    expect(approved.status).toBe(200);
    expect((await call('GET', `/api/trails/${trail.subjectId}`)).body.name).toBe(
      '唐山钢铁与陶瓷工艺之旅',
    );
  });

  it('shows demo-staff a trail waiting for its consent', async () => {
    const waiting = await call(
      'GET',
      '/api/admin/trails?awaitingMyConsent=true',
      await login('demo-staff'),
    );
    expect(waiting.body.items.map((t: { name: string }) => t.name)).toEqual([
      '人工智能与机器人联学路线',
    ]);
  });

  it('loads once: a second run adds nothing and keeps what changed', async () => {
    expect(await seedDemoData(url)).toBe(false);
    const accounts = await call(
      'GET',
      '/api/accounts?pageSize=100',
      await login('demo-org-national'),
    );
    expect(accounts.body.total).toBe(DEMO_ACCOUNTS.length - 1);
  });
});
