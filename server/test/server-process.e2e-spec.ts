import { createTestDatabase } from './support/database';
import { startServerProcess } from './support/server-process';

describe('the built server as a process', () => {
  it('starts on a migrated database, answers health and stops cleanly on SIGTERM', async () => {
    const server = await startServerProcess(await createTestDatabase());
    const health = await fetch(`${server.url}/api/health`);
    expect(health.status).toBe(200);
    expect(await server.stop()).toBe(0);
  });

  it('shares rate limits between two processes on one database', async () => {
    const database = await createTestDatabase();
    const env = { GUEST_RATE_LIMIT_PER_MINUTE: '4' };
    const [a, b] = await Promise.all([
      startServerProcess(database, env),
      startServerProcess(database, env),
    ]);
    try {
      const guest = (url: string) =>
        fetch(`${url}/api/auth/guest`, {
          method: 'POST',
          headers: { 'x-forwarded-for': '203.0.113.44' },
        });
      const statuses: number[] = [];
      for (const url of [a.url, b.url, a.url, b.url, a.url, b.url]) {
        statuses.push((await guest(url)).status);
      }
      // A minute's window may turn during the run; then the second window starts over.
      expect(statuses.filter((s) => s === 200).length).toBeLessThanOrEqual(
        statuses[4] === 200 ? 5 : 4,
      );
      expect(statuses.slice(0, 4)).toEqual([200, 200, 200, 200]);
      expect(statuses).toContain(429);
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  });

  it('refuses demo data in production unless forced, and says so at boot', async () => {
    const database = await createTestDatabase();
    await expect(
      startServerProcess(database, { NODE_ENV: 'production', DEMO_DATA: '1' }),
    ).rejects.toThrow(/DEMO_DATA=force/);
    const server = await startServerProcess(database, { NODE_ENV: 'production', DEMO_DATA: '' });
    try {
      expect(server.output()).toMatch(/demo data and demo accounts are not loaded/);
      const login = await fetch(`${server.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'demo-staff', password: 'kepu2025' }),
      });
      expect(login.status).toBe(401);
    } finally {
      await server.stop();
    }
  });
});
