import { createTestDatabase } from './support/database';
import { startServerProcess } from './support/server-process';

describe('the built server as a process', () => {
  it('starts on a migrated database, answers health and stops cleanly on SIGTERM', async () => {
    const server = await startServerProcess(await createTestDatabase());
    const health = await fetch(`${server.url}/api/health`);
    expect(health.status).toBe(200);
    expect(await server.stop()).toBe(0);
  });
});
