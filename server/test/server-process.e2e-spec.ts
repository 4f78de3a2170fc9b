import { Agent, request } from 'node:http';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readdirSync } from 'node:fs';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source';
import { freePort } from '../src/database/scratch';
import { migrate } from '../src/database/migrate';
import { encodeQrToken } from '../src/qr/qr-token';
import { TEST_QR_KEYS } from './support/app';
import { createEmptyDatabase, createTestDatabase } from './support/database';
import { IDS, resetDatabase } from './support/fixture';
import { type ServerProcess, startServerProcess } from './support/server-process';

const MIGRATIONS = readdirSync(join(__dirname, '../src/database/migrations')).length;

async function query<T>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

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
  it('sweeps old check-in data soon after boot, not an hour later', async () => {
    const url = await createTestDatabase();
    const [visitor] = await query<{ id: string }>(
      url,
      `INSERT INTO visitor DEFAULT VALUES RETURNING id`,
    );
    await query(
      url,
      `INSERT INTO idempotency_record (visitor_id, key, request_hash, status_code, response, created_at)
       VALUES ($1, 'old-answer-key', repeat('a', 64), 422, '{}', now() - interval '30 days')`,
      [visitor!.id],
    );
    await query(
      url,
      `INSERT INTO check_in (visitor_id, status, reason, scanned_at, received_at, source, idempotency_key, geofence)
       VALUES ($1, 'rejected', 'QR_REVOKED', now() - interval '40 days', now() - interval '40 days', 'live', 'old-rejected-key', 'none')`,
      [visitor!.id],
    );
    // A few seconds after boot: by then the figures' folder has counted the rejected row, which the
    // sweeper may only delete once counted.
    const server = await startServerProcess(url, { SWEEP_START_DELAY_SECONDS: '3' });
    try {
      let left = Infinity;
      for (let waited = 0; left > 0 && waited < 8_000; waited += 100) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        const [row] = await query<{ n: number }>(
          url,
          `SELECT (SELECT count(*) FROM idempotency_record) + (SELECT count(*) FROM check_in) AS n`,
        );
        left = Number(row!.n);
      }
      expect(left).toBe(0);
    } finally {
      await server.stop();
    }
  });

  describe('several processes on one database', () => {
    it('migrates once when two migrations start together on an empty database', async () => {
      const url = await createEmptyDatabase();
      const applied = await Promise.all([migrate(url), migrate(url)]);
      expect(applied.map((names) => names.length).sort()).toEqual([0, MIGRATIONS]);
      const rows = await query<{ n: string }>(url, `SELECT count(*) n FROM migrations`);
      expect(Number(rows[0]!.n)).toBe(MIGRATIONS);
    });

    it('two processes started together on a fresh database both come up, the schema migrated once', async () => {
      const url = await createEmptyDatabase();
      const servers = await Promise.allSettled([startServerProcess(url), startServerProcess(url)]);
      const up = servers.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
      try {
        expect(servers.map((s) => (s.status === 'rejected' ? String(s.reason) : 'up'))).toEqual([
          'up',
          'up',
        ]);
        const rows = await query<{ name: string; n: string }>(
          url,
          `SELECT name, count(*) n FROM migrations GROUP BY name`,
        );
        expect(rows).toHaveLength(MIGRATIONS);
        expect(rows.every((r) => r.n === '1')).toBe(true);
        const applying = up.filter((s) => s.output().includes('Applied migrations'));
        expect(applying).toHaveLength(1);
        for (const server of up) {
          expect((await fetch(`${server.url}/api/health/ready`)).status).toBe(200);
        }
      } finally {
        await Promise.all(up.map((s) => s.stop()));
      }
    });
  });

  describe('shutdown', () => {
    interface Sent {
      key: string;
      status?: number;
      transport?: string;
    }

    /** One keep-alive client hammering check-ins until the server stops taking connections. */
    async function burst(
      server: ServerProcess,
      agent: Agent,
      token: string,
      codes: string[],
      sent: Sent[],
    ): Promise<void> {
      for (let i = 0; ; i++) {
        const key = `burst-${token.slice(-8)}-${i}`.replace(/[^A-Za-z0-9_-]/g, '_');
        const entry: Sent = { key };
        sent.push(entry);
        const answer = await new Promise<{ status: number } | { error: string }>((resolve) => {
          const req = request(
            `${server.url}/api/check-ins`,
            {
              method: 'POST',
              agent,
              headers: {
                authorization: `Bearer ${token}`,
                'content-type': 'application/json',
                'idempotency-key': key,
              },
            },
            (res) => {
              res.resume();
              res.on('end', () => resolve({ status: res.statusCode ?? 0 }));
              res.on('error', (e: NodeJS.ErrnoException) =>
                resolve({ error: e.code ?? e.message }),
              );
            },
          );
          req.on('error', (e: NodeJS.ErrnoException) => resolve({ error: e.code ?? e.message }));
          req.end(JSON.stringify({ code: codes[i % codes.length] }));
        });
        if ('error' in answer) {
          entry.transport = answer.error;
          return;
        }
        entry.status = answer.status;
      }
    }

    it('on SIGTERM during a burst answers or refuses every request cleanly, writes nothing unanswered, exits 0 in time', async () => {
      const dataDir = await mkdtemp(join(tmpdir(), 'xinghuo-shutdown-'));
      const pgPort = await freePort();
      // Embedded, as `pnpm start` runs: the database must stop last.
      const server = await startServerProcess('', {
        DATA_DIR: dataDir,
        EMBEDDED_PG_PORT: String(pgPort),
        SHUTDOWN_TIMEOUT_SECONDS: '15',
        CHECK_IN_RATE_LIMIT_PER_MINUTE: '100000',
      });
      const dbUrl = `postgres://postgres:postgres@127.0.0.1:${pgPort}/xinghuo`;
      const ds = new DataSource(dataSourceOptions(dbUrl));
      await ds.initialize();
      await resetDatabase(ds);
      const rows = (await ds.query(`SELECT id, code_no FROM checkpoint WHERE id = ANY($1)`, [
        [IDS.cpOpen1, IDS.cpOpen2],
      ])) as Array<{ code_no: number }>;
      await ds.destroy();
      const [keyId, secret] = TEST_QR_KEYS.split(',')[0]!.split(':') as [string, string];
      const key = { id: Number(keyId), secret: Buffer.from(secret) };
      const codes = rows.map((r) =>
        encodeQrToken({ keyId: key.id, kind: 'static', codeNo: r.code_no, counter: 1 }, key),
      );

      const tokens: string[] = [];
      for (let i = 0; i < 8; i++) {
        const res = await fetch(`${server.url}/api/auth/guest`, { method: 'POST' });
        tokens.push(((await res.json()) as { token: string }).token);
      }
      const agent = new Agent({ keepAlive: true, maxSockets: 8 });
      const sent: Sent[] = [];
      const clients = tokens.map((token) => burst(server, agent, token, codes, sent));
      while (sent.filter((s) => s.status).length < 200) {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      const stopped = Date.now();
      const exit = server.stop();
      await Promise.all(clients);
      const code = await exit;
      const took = Date.now() - stopped;
      agent.destroy();

      expect(code).toBe(0);
      expect(took).toBeLessThan(15_000);
      const answered = sent.filter((s) => s.status !== undefined);
      expect(answered.length).toBeGreaterThan(200);
      // In order, nothing a request needs is gone before it is answered: no 503, no 500.
      expect(new Set(answered.map((s) => s.status))).toEqual(new Set([200, 201]));
      for (const s of sent.filter((e) => e.transport)) {
        expect(['ECONNREFUSED', 'ECONNRESET', 'EPIPE']).toContain(s.transport);
      }

      // The database was stopped cleanly: a new boot starts it again, and it holds an answer
      // for exactly the check-ins that were answered as written.
      const again = await startServerProcess('', {
        DATA_DIR: dataDir,
        EMBEDDED_PG_PORT: String(pgPort),
      });
      try {
        const stored = await query<{ key: string }>(dbUrl, `SELECT key FROM idempotency_record`);
        const written = answered.filter((s) => s.status === 200 || s.status === 201);
        expect(new Set(stored.map((r) => r.key))).toEqual(new Set(written.map((s) => s.key)));
      } finally {
        expect(await again.stop()).toBe(0);
      }
    });
  });
});
