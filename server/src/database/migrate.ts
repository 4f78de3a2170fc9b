import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { ADVISORY_LOCKS } from './advisory-locks';
import { dataSourceOptions } from './data-source';

/**
 * Runs pending migrations in one transaction and returns the names applied. Every process runs
 * this at boot, so it holds an advisory lock while it does: processes starting together on one
 * database migrate one after another, and the later ones find nothing left to do. `alsoLocked`
 * runs under the same lock (the demo seed checks for its data and then inserts it).
 */
export async function migrate(url: string, alsoLocked?: () => Promise<unknown>): Promise<string[]> {
  const lock = new Client({ connectionString: url, application_name: 'xinghuo-migrate' });
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [ADVISORY_LOCKS.migrations]);
    const ds = new DataSource(dataSourceOptions(url));
    await ds.initialize();
    let applied: string[];
    try {
      applied = (await ds.runMigrations({ transaction: 'all' })).map((m) => m.name);
    } finally {
      await ds.destroy();
    }
    await alsoLocked?.();
    return applied;
  } finally {
    // Ending the session releases the lock, also when a migration failed.
    await lock.end();
  }
}
