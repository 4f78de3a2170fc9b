import 'reflect-metadata';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp } from './app';
import { createLogger, PinoNestLogger } from './common/logging';
import { ConfigError, loadConfig } from './config/config';
import { migrate } from './database/migrate';
import { startEmbeddedPostgres } from './database/embedded';
import { seedDemoData } from './demo/demo-seeder';
import { loadRegionDataset } from './regions/region-dataset';
import { onStopSignal, shutDown } from './shutdown';

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config);
  if (config.logFormat === 'json') Logger.overrideLogger(new PinoNestLogger(log));
  const logger = new Logger('Boot');

  // Our own handlers rather than Nest's shutdown hooks, installed before anything starts, so a
  // signal at any point stops what has started, in order and once: the app (HTTP stops
  // accepting, the check-ins it took are written, connections close), then the database.
  const started: { app?: NestFastifyApplication; stopDatabase?: () => Promise<void> } = {};
  const dropOtherHandlers = onStopSignal((signal) => {
    logger.log(`${signal}: shutting down`);
    void shutDown({
      closeApp: () => started.app?.close() ?? Promise.resolve(),
      stopDatabase: started.stopDatabase,
      timeoutMs: config.shutdownTimeoutSeconds * 1000,
      logger,
    }).then((code) => process.exit(code));
  });

  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    const pgDir = join(config.dataDir, 'pg');
    logger.log(`DATABASE_URL is unset: starting embedded PostgreSQL in ${pgDir}`);
    const embedded = await startEmbeddedPostgres(pgDir, config.embeddedPgPort, 'xinghuo');
    dropOtherHandlers();
    databaseUrl = embedded.url;
    started.stopDatabase = embedded.stop;
  }

  let seeded: boolean | undefined;
  let regions = 0;
  const url = databaseUrl;
  // Under the migration lock: the region dataset first, since the demo's venues sit in it.
  const applied = await migrate(url, async () => {
    regions = await loadRegionDataset(url);
    if (config.demoData) seeded = await seedDemoData(url);
  });
  if (applied.length > 0) logger.log(`Applied migrations: ${applied.join(', ')}`);
  if (regions > 0) logger.log(`Loaded ${regions} regions`);
  if (config.demoRefused) {
    logger.warn(
      'NODE_ENV=production: demo data and demo accounts are not loaded (DEMO_DATA=force loads them anyway)',
    );
  }
  if (seeded !== undefined) logger.log(seeded ? 'Loaded demo data' : 'Demo data already present');

  const app = await createApp(config, databaseUrl, { log });
  started.app = app;
  await app.listen(config.port, config.host);
  logger.log(
    `星火探馆 is up: ${config.publicBaseUrl}/ (API ${config.publicBaseUrl}/api, docs ${config.publicBaseUrl}/api/docs)`,
  );
  if (config.demoData)
    logger.log(
      'Demo accounts (password kepu2025): demo-staff, demo-organizer; all listed in README',
    );
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(`Configuration error: ${error.message}`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
