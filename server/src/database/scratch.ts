import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from './embedded';

/** A PostgreSQL nobody else writes to, for a test run or a benchmark, and how to get rid of it. */
export interface ScratchServer {
  /** Connects as a superuser to the `postgres` database: create databases from here. */
  adminUrl: string;
  description: string;
  /** True when the server is ours (embedded) and goes away with `dispose()`. */
  owned: boolean;
  /** The postmaster's process id when the server is ours (embedded), for CPU figures. */
  pid: number | null;
  dispose(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/**
 * With `adminUrl` (an existing server) the run uses it and owns nothing; otherwise a fresh
 * embedded cluster in a temporary folder, removed by `dispose()`. `throwaway` turns durability
 * off, for tests where crash safety is not what is checked.
 */
export async function openScratchServer(
  options: { adminUrl?: string; throwaway?: boolean } = {},
): Promise<ScratchServer> {
  if (options.adminUrl) {
    return {
      adminUrl: options.adminUrl,
      description: 'the given server',
      owned: false,
      pid: null,
      dispose: async () => undefined,
    };
  }
  const dir = await mkdtemp(join(tmpdir(), 'xinghuo-scratch-'));
  const port = await freePort();
  const embedded = await startEmbeddedPostgres(join(dir, 'pg'), port, 'postgres', {
    persistent: false,
    flags: options.throwaway ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off'] : [],
  });
  return {
    adminUrl: embedded.url,
    description: `embedded, fresh cluster on port ${port}`,
    owned: true,
    pid: embedded.pid,
    dispose: async () => {
      await embedded.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function admin<T>(adminUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A new, uniquely named database on the server, optionally copied from a template. */
export async function createScratchDatabase(
  adminUrl: string,
  prefix: string,
  template?: string,
): Promise<string> {
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  await admin(adminUrl, (c) =>
    c.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ''}`),
  );
  return name;
}

/** Drops every database whose name starts with `prefix` (a run's own, named by its run id). */
export async function dropScratchDatabases(adminUrl: string, prefix: string): Promise<number> {
  return admin(adminUrl, async (c) => {
    const { rows } = await c.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE starts_with(datname, $1)`,
      [prefix],
    );
    for (const { datname } of rows)
      await c.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    return rows.length;
  });
}
