import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { availableParallelism } from 'node:os';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp } from '../app';
import { TokenService } from '../auth/token.service';
import { loadConfig } from '../config/config';
import { migrate } from '../database/migrate';
import { encodeQrToken } from '../qr/qr-token';
import { loadRegionDataset } from '../regions/region-dataset';
import { measureCeiling } from './ceiling';
import { cpuBetween, cpuSnapshot } from './cpu';
import {
  cpuLine,
  fmt,
  log,
  onCleanup,
  openBenchDatabase,
  runBenchmark,
  runCleanups,
  table,
} from './harness';
import { loadPhase, sender, settle } from './load';
import { scannedCode } from './pairs';
import { type BenchCatalogue, seedBenchData } from './seed';
import { batchSizes, countStamps } from './tally';

const CONNECTIONS = 64;
const WARMUP_SECONDS = 3;
const LOAD_SECONDS = 15;
const CEILING_WARMUP_SECONDS = 1;
const CEILING_SECONDS = 10;
const VISITORS = 20_000;
const VENUES = 4;
const CHECKPOINTS_PER_VENUE = 50;
const TRAILS = 3;
const TRAIL_STOPS = 20;
// Clear of the ports other local servers and test databases use (3100-3101, 54329, 54400-54402).
async function main(): Promise<void> {
  log(`check-in benchmark: ${availableParallelism()} CPUs, Node ${process.version}`);
  const database = await openBenchDatabase('xinghuo_bench');
  log(`database: ${database.description}`);
  await migrate(database.url);
  // Every database holds the whole division tree: the catalogue carries its 45 k regions.
  log(`regions loaded: ${await loadRegionDataset(database.url)}`);
  const catalogue: BenchCatalogue = await seedBenchData(database.url, {
    venues: VENUES,
    checkpointsPerVenue: CHECKPOINTS_PER_VENUE,
    visitors: VISITORS,
    trails: TRAILS,
    trailStops: TRAIL_STOPS,
  });
  log(
    `seeded ${VENUES} venues, ${catalogue.checkpoints.length} checkpoints ` +
      `(${catalogue.trailCheckpoints} on ${TRAILS} trails), ${catalogue.visitorIds.length} visitors`,
  );

  const config = loadConfig(
    {
      ...process.env,
      AUTH_SECRET: randomBytes(32).toString('base64url'),
      QR_KEYS: `1:${randomBytes(32).toString('base64url')}`,
      QR_ACTIVE_KEY_ID: '1',
      // Each visitor scans only a handful of times here; the limit is not what is measured.
      CHECK_IN_RATE_LIMIT_PER_MINUTE: '100000',
      DATABASE_URL: database.url,
      DEMO_DATA: '0',
      H5_DIR: '/nonexistent',
      HOST: '127.0.0.1',
      PORT: '0',
      PUBLIC_BASE_URL: 'https://xinghuo.example.cn',
      LOG_REQUESTS: '0',
    },
    [],
  );
  const app: NestFastifyApplication = await createApp(config, database.url, { logger: false });
  let appOpen = true;
  onCleanup(async () => {
    if (appOpen) await app.close();
  });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;

  const tokens = app.get(TokenService);
  const authorizations = catalogue.visitorIds.map(
    (id) => `Bearer ${tokens.issue({ role: 'visitor', id }, 24).token}`,
  );
  const qrKey = config.qrKeys.find((k) => k.id === config.qrActiveKeyId)!;
  const codes = catalogue.checkpoints.map((cp, i) =>
    scannedCode(
      config.publicBaseUrl,
      encodeQrToken(
        { keyId: qrKey.id, kind: 'static', codeNo: cp.codeNo, counter: cp.qrVersion },
        qrKey,
      ),
      i,
    ),
  );
  const api = sender(origin, authorizations, codes);
  log(`app listening on ${origin}`);

  // One request by hand first: a misconfigured run should stop here, not after 18 s of 4xx.
  const probe = await api.send(0);
  if (probe.status !== 201) {
    throw new Error(`a first check-in was answered ${probe.status}: ${probe.body.slice(0, 500)}`);
  }
  let nextIndex = 1;
  let accepted201 = 1;

  // Each phase continues the index sequence, so every request has its own visitor, checkpoint and key.
  const phase = async (label: string, seconds: number) => {
    log(`${label}: ${CONNECTIONS} connections for ${seconds} s`);
    const from = nextIndex;
    const run = await loadPhase(
      { origin, authorizations, codes, connections: CONNECTIONS, seconds, firstIndex: from },
      database.postmasterPid,
    );
    nextIndex = run.report.nextIndex;
    const settled = await settle(api, run.report.unanswered);
    accepted201 += run.accepted + settled;
    return { ...run, from, settled };
  };
  const warmup = await phase('warm-up', WARMUP_SECONDS);
  const load = await phase('measuring', LOAD_SECONDS);
  const loadFrom = load.from;
  const warmupSettled = warmup.settled;
  const loadSettled = load.settled;

  await app.close();
  appOpen = false;

  const stamps = await countStamps(database.url);
  const batches = await batchSizes(database.url, loadFrom, nextIndex);
  const throughput = load.accepted / load.report.seconds;
  const loadNon201 = Object.entries(load.report.statusCounts)
    .filter(([status]) => status !== '201')
    .map(([status, count]) => `${status}×${count}`);
  const warmupNon201 = Object.entries(warmup.report.statusCounts).filter(
    ([status]) => status !== '201',
  );

  log(
    `ceiling: ${CONNECTIONS} sessions, one-row INSERT per transaction, ` +
      `${CEILING_WARMUP_SECONDS} s + ${CEILING_SECONDS} s`,
  );
  let ceilingCpuFrom: ReturnType<typeof cpuSnapshot> = null;
  let ceilingCpuTo: ReturnType<typeof cpuSnapshot> = null;
  const ceiling = await measureCeiling(database.url, catalogue, {
    clients: CONNECTIONS,
    warmupSeconds: CEILING_WARMUP_SECONDS,
    seconds: CEILING_SECONDS,
    onWindow: (edge) => {
      if (edge === 'start') ceilingCpuFrom = cpuSnapshot(database.postmasterPid);
      else ceilingCpuTo = cpuSnapshot(database.postmasterPid);
    },
  });
  const ceilingCpu = cpuBetween(ceilingCpuFrom, ceilingCpuTo);

  await runCleanups();
  log('stopped the app and the database, removed the temporary files');

  const latency = load.report.latencyMs;
  const correct = stamps.accepted === accepted201 && stamps.distinctKeys === stamps.accepted;
  console.log('');
  console.log(
    table([
      ['database', `PostgreSQL ${stamps.serverVersion}, ${database.description}`],
      [
        'catalogue',
        `${catalogue.checkpoints.length} checkpoints in ${VENUES} venues, ` +
          `${catalogue.trailCheckpoints} of them on ${TRAILS} trails, ${fmt(VISITORS)} visitors`,
      ],
      [
        'API warm-up',
        `${fmt(warmup.accepted)} accepted in ${fmt(warmup.report.seconds, 1)} s` +
          (warmupNon201.length > 0
            ? `, non-201: ${warmupNon201.map(([s, n]) => `${s}×${n}`).join(' ')}`
            : ''),
      ],
      [
        'API check-ins',
        `${fmt(load.accepted)} accepted (201) in ${fmt(load.report.seconds, 1)} s = ${fmt(throughput)}/s, ` +
          `${CONNECTIONS} connections`,
      ],
      [
        '  non-201 / errors',
        `${loadNon201.length > 0 ? loadNon201.join(' ') : '0'} / ${load.report.errors} ` +
          `(timeouts ${load.report.timeouts})`,
      ],
      [
        '  latency ms',
        `p50 ${fmt(latency.p50)}, p90 ${fmt(latency.p90)}, p99 ${fmt(latency.p99)}, ` +
          `max ${fmt(latency.max)}, mean ${fmt(latency.mean, 1)}`,
      ],
      [
        '  writer commits',
        `${fmt(batches.commits)} (${fmt(batches.commits / load.report.seconds)}/s), check-ins per commit ` +
          `mean ${fmt(batches.mean, 1)}, p50 ${batches.p50}, p90 ${batches.p90}, max ${batches.max}`,
      ],
      ['  CPU', cpuLine(load.cpu, 'app event loop thread')],
      ['  app event loop', `${fmt(load.eventLoopBusy * 100)}% busy`],
      [
        'ceiling',
        `${fmt(ceiling.rows)} rows in ${CEILING_SECONDS} s = ${fmt(ceiling.rowsPerSecond)}/s, ` +
          `${CONNECTIONS} sessions, one-row INSERT per transaction` +
          (ceiling.errors > 0 ? `, ${ceiling.errors} errors (${ceiling.firstError})` : ''),
      ],
      ['  CPU', cpuLine(ceilingCpu, 'pg client thread')],
      [
        'correctness',
        `${fmt(stamps.accepted)} accepted rows, ${fmt(accepted201)} answered 201 ` +
          `(${warmupSettled + loadSettled} of them on retry after the run stopped), ` +
          `${fmt(stamps.distinctKeys)} distinct keys: ${correct ? 'OK' : 'MISMATCH'}`,
      ],
    ]),
  );
  if (!correct) {
    console.log(
      `WARNING: accepted check-in rows (${stamps.accepted}, ${stamps.distinctKeys} distinct keys) ` +
        `do not match the 201 answers (${accepted201})`,
    );
  }
  for (const sample of [...warmup.report.samples, ...load.report.samples].slice(0, 3)) {
    console.log(`  sample non-201 answer: ${sample}`);
  }
  console.log('');
  const ratio = ceiling.rowsPerSecond > 0 ? throughput / ceiling.rowsPerSecond : 0;
  console.log(
    `check-in throughput: ${Math.round(throughput)}/s, ceiling: ${Math.round(ceiling.rowsPerSecond)}/s, ` +
      `ratio: ${ratio.toFixed(2)}`,
  );
}

runBenchmark(main);
