import { randomBytes } from 'node:crypto';
import { openScratchServer, type ScratchServer } from '../src/database/scratch';

declare global {
  var __XINGHUO_PG__: ScratchServer | undefined;
}

/**
 * One real PostgreSQL for the whole run: a throwaway embedded cluster, or the server
 * TEST_DATABASE_URL / DATABASE_URL points at (the role needs CREATEDB). Each test file then gets
 * its own database named after this run (test/support/database.ts), so the teardown can drop
 * exactly this run's databases from a shared server.
 */
export default async function globalSetup(): Promise<void> {
  const external = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  const server = await openScratchServer({ adminUrl: external, throwaway: true });
  globalThis.__XINGHUO_PG__ = server;
  process.env.TEST_PG_ADMIN_URL = server.adminUrl;
  process.env.TEST_RUN_ID = randomBytes(4).toString('hex');
}
