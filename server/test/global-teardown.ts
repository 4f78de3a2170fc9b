import { dropScratchDatabases } from '../src/database/scratch';
import { testDatabasePrefix } from './support/database';

export default async function globalTeardown(): Promise<void> {
  const server = globalThis.__XINGHUO_PG__;
  if (!server) return;
  // On an embedded cluster the whole folder goes; on a shared server only this run's databases.
  if (!server.owned) await dropScratchDatabases(server.adminUrl, testDatabasePrefix());
  await server.dispose();
}
