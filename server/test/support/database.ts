import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { migrate } from '../../src/database/migrate';
import { createScratchDatabase, withDatabase } from '../../src/database/scratch';

const MIGRATIONS_DIR = join(__dirname, '../../src/database/migrations');

/** Names of this run's test databases start with this (see global-setup.ts). */
export function testDatabasePrefix(): string {
  return `xinghuo_test_${process.env.TEST_RUN_ID ?? 'local'}`;
}

function testAdminUrl(): string {
  const url = process.env.TEST_PG_ADMIN_URL;
  if (!url)
    throw new Error('TEST_PG_ADMIN_URL is unset: run the tests through jest (global setup)');
  return url;
}

/** Named after what the migrations say, so editing one (not only adding one) makes a new template. */
function templateName(): string {
  const hash = createHash('sha256');
  for (const file of readdirSync(MIGRATIONS_DIR).sort()) {
    hash
      .update(file)
      .update('\u0000')
      .update(readFileSync(join(MIGRATIONS_DIR, file)));
  }
  return `xinghuo_tpl_${hash.digest('hex').slice(0, 12)}`;
}

/** A fresh database for one test file, copied from a template that holds the migrated schema. */
export async function createTestDatabase(): Promise<string> {
  const adminUrl = testAdminUrl();
  const template = templateName();
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    // Serialises template creation across jest workers.
    await admin.query('SELECT pg_advisory_lock(724201)');
    try {
      const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
      if (found.rowCount === 0) {
        await admin.query(`CREATE DATABASE "${template}"`);
        try {
          await migrate(withDatabase(adminUrl, template));
        } catch (error) {
          await admin.query(`DROP DATABASE "${template}"`);
          throw error;
        }
      }
    } finally {
      await admin.query('SELECT pg_advisory_unlock(724201)');
    }
  } finally {
    await admin.end();
  }
  return withDatabase(
    adminUrl,
    await createScratchDatabase(adminUrl, testDatabasePrefix(), template),
  );
}

/** A database with nothing in it, not even the schema: for tests of what boot does to one. */
export async function createEmptyDatabase(): Promise<string> {
  const adminUrl = testAdminUrl();
  return withDatabase(adminUrl, await createScratchDatabase(adminUrl, testDatabasePrefix()));
}
