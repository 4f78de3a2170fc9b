import { join } from 'node:path';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { QueryErrorLogger } from '../common/logging';
import { ENTITIES } from './entities';

/** Until a caller sets its own, the URL of the embedded server `pnpm start` runs. */
export const EMBEDDED_DEFAULT_URL = 'postgres://postgres:postgres@127.0.0.1:54329/xinghuo';

/** One definition for the app, the tests and the migration CLI. */
export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    // .ts too, so the tests run migrations straight from source.
    migrations: [join(__dirname, 'migrations', '*.js'), join(__dirname, 'migrations', '*.ts')],
    migrationsTableName: 'migrations',
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+: no extension to install.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    logging: ['error'],
    logger: new QueryErrorLogger(),
    // The pool is bounded on its own side too: a half-open connection or a stalled server fails a
    // request within these limits instead of holding it (the check-in writer has its own, tighter
    // ones). Reports and exports stream through cursors, so no single statement runs long.
    extra: {
      max: 20,
      application_name: 'xinghuo',
      connectionTimeoutMillis: 5_000,
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
      statement_timeout: 60_000,
      query_timeout: 65_000,
    },
  };
}

/** For `pnpm --filter server typeorm migration:…`. */
export default new DataSource(dataSourceOptions(process.env.DATABASE_URL || EMBEDDED_DEFAULT_URL));
