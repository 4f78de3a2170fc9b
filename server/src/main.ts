import 'reflect-metadata';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { createApp } from './app';
import { createLogger, PinoNestLogger } from './common/logging';
import { ConfigError, loadConfig } from './config/config';
import { migrate } from './database/migrate';
import { startEmbeddedPostgres } from './database/embedded';
import { seedDemoData } from './demo/demo-seeder';
import { loadRegionDataset } from './regions/region-dataset';

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config);
  if (config.logFormat === 'json') Logger.overrideLogger(new PinoNestLogger(log));
  const logger = new Logger('Boot');

  let databaseUrl = config.databaseUrl;
  let stopEmbedded: (() => Promise<void>) | undefined;
  if (!databaseUrl) {
    const pgDir = join(config.dataDir, 'pg');
    logger.log(`DATABASE_URL is unset: starting embedded PostgreSQL in ${pgDir}`);
    const embedded = await startEmbeddedPostgres(pgDir, config.embeddedPgPort, 'xinghuo');
    databaseUrl = embedded.url;
    stopEmbedded = embedded.stop;
  }

  const applied = await migrate(databaseUrl);
  if (applied.length > 0) logger.log(`Applied migrations: ${applied.join(', ')}`);
  const regions = await loadRegionDataset(databaseUrl);
  if (regions > 0) logger.log(`Loaded ${regions} regions`);
  if (config.demoRefused) {
    logger.warn(
      'NODE_ENV=production: demo data and demo accounts are not loaded (DEMO_DATA=force loads them anyway)',
    );
  }
  if (config.demoData) {
    const seeded = await seedDemoData(databaseUrl);
    logger.log(seeded ? 'Loaded demo data' : 'Demo data already present');
  }

  const app = await createApp(config, databaseUrl, { log });
  await app.listen(config.port, config.host);
  logger.log(
    `星火探馆 is up: ${config.publicBaseUrl}/ (API ${config.publicBaseUrl}/api, docs ${config.publicBaseUrl}/api/docs)`,
  );
  if (config.demoData)
    logger.log(
      'Demo accounts (password kepu2025): demo-staff, demo-organizer; all listed in README',
    );

  // Our own handlers rather than Nest's shutdown hooks: the app (and its database connections)
  // must be closed before the embedded PostgreSQL stops, and closed once.
  const shutdown = async () => {
    await app.close();
    await stopEmbedded?.();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(`Configuration error: ${error.message}`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
