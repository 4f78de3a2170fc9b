import { createHash, randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { migrate } from '../../src/database/migrate';

const MIGRATIONS_DIR = join(__dirname, '../../src/database/migrations');

function withDatabase(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

function testAdminUrl(): string {
  const url = process.env.TEST_PG_ADMIN_URL;
  if (!url)
    throw new Error('TEST_PG_ADMIN_URL is unset: run the tests through jest (global setup)');
  return url;
}

/**
 * A fresh database for one test file, copied from a template that holds the migrated schema.
 * The template is named after the migrations, so a new migration makes a new template.
 */
export async function createTestDatabase(): Promise<string> {
  const adminUrl = testAdminUrl();
  const names = readdirSync(MIGRATIONS_DIR).sort().join(',');
  const template = `xinghuo_tpl_${createHash('sha256').update(names).digest('hex').slice(0, 12)}`;
  const database = `xinghuo_test_${randomBytes(6).toString('hex')}`;
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
      await admin.query(`CREATE DATABASE "${database}" TEMPLATE "${template}"`);
    } finally {
      await admin.query('SELECT pg_advisory_unlock(724201)');
    }
  } finally {
    await admin.end();
  }
  return withDatabase(adminUrl, database);
}

/** A database with nothing in it, not even the schema: for tests of what boot does to one. */
export async function createEmptyDatabase(): Promise<string> {
  const adminUrl = testAdminUrl();
  const database = `xinghuo_empty_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${database}"`);
  } finally {
    await admin.end();
  }
  return withDatabase(adminUrl, database);
}
