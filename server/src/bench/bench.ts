import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Client } from 'pg';
import { createApp } from '../app';
import { TokenService } from '../auth/token.service';
import { loadConfig } from '../config/config';
import { startEmbeddedPostgres } from '../database/embedded';
import { migrate } from '../database/migrate';
import { encodeQrToken } from '../qr/qr-token';
import { loadRegionDataset } from '../regions/region-dataset';
import { measureCeiling } from './ceiling';
import { cpuBetween, cpuSnapshot, type CpuUse } from './cpu';
import type { LoadJob, LoadReport } from './load-worker';
import { idempotencyKey, pairOf, scannedCode } from './pairs';
import { type BenchCatalogue, seedBenchData } from './seed';

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
const PORT_RANGE = { from: 54500, size: 400 };

const startedAt = Date.now();
const cleanups: Array<() => Promise<void>> = [];

function log(message: string): void {
  const seconds = ((Date.now() - startedAt) / 1000).toFixed(1).padStart(5);
  console.log(`[${seconds}s] ${message}`);
}

async function runCleanups(): Promise<void> {
  while (cleanups.length > 0) {
    const cleanup = cleanups.pop()!;
    await cleanup().catch((error: unknown) => console.error(`cleanup failed: ${String(error)}`));
  }
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = PORT_RANGE.from + Math.floor(Math.random() * PORT_RANGE.size);
    if (await portIsFree(port)) return port;
  }
  throw new Error(`no free port in ${PORT_RANGE.from}-${PORT_RANGE.from + PORT_RANGE.size - 1}`);
}

interface BenchDatabase {
  url: string;
  description: string;
  postmasterPid: number | null;
}

/** A database nobody else has written to: a new embedded cluster, or a new database on a given server. */
async function openDatabase(): Promise<BenchDatabase> {
  const given = process.env.BENCH_DATABASE_URL;
  if (given) {
    const name = `xinghuo_bench_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
    const admin = new Client({ connectionString: given });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE "${name}"`);
    } finally {
      await admin.end();
    }
    cleanups.push(async () => {
      const dropper = new Client({ connectionString: given });
      await dropper.connect();
      try {
        await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await dropper.end();
      }
    });
    const url = new URL(given);
    url.pathname = `/${name}`;
    return {
      url: url.toString(),
      description: `new database ${name} on BENCH_DATABASE_URL`,
      postmasterPid: null,
    };
  }

  const dir = await mkdtemp(join(tmpdir(), 'xinghuo-bench-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  const port = await freePort();
  const dataDir = join(dir, 'pg');
  const embedded = await startEmbeddedPostgres(dataDir, port, 'xinghuo_bench');
  cleanups.push(() => embedded.stop());
  let postmasterPid: number | null = null;
  try {
    postmasterPid = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n', 1)[0]);
  } catch {
    // Only the CPU figures need it.
  }
  return {
    url: embedded.url,
    description: `embedded, fresh cluster on port ${port}`,
    postmasterPid,
  };
}

function runLoad(job: LoadJob): Promise<LoadReport> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(join(__dirname, 'load-worker.js'), { workerData: job });
    worker.once('message', (report: LoadReport) => resolve(report));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`load generator exited with code ${code}`)));
  });
}

interface Phase {
  report: LoadReport;
  accepted: number;
  cpu: CpuUse | null;
  eventLoopBusy: number;
}

async function loadPhase(job: LoadJob, postmasterPid: number | null): Promise<Phase> {
  const cpuBefore = cpuSnapshot(postmasterPid);
  const eluBefore = performance.eventLoopUtilization();
  const report = await runLoad(job);
  const eventLoopBusy = performance.eventLoopUtilization(eluBefore).utilization;
  const cpu = cpuBetween(cpuBefore, cpuSnapshot(postmasterPid));
  return { report, accepted: report.statusCounts['201'] ?? 0, cpu, eventLoopBusy };
}

interface Sender {
  send(index: number): Promise<{ status: number; body: string }>;
}

function sender(origin: string, authorizations: string[], codes: string[]): Sender {
  return {
    async send(index) {
      const { visitor, checkpoint } = pairOf(index, authorizations.length, codes.length);
      const response = await fetch(`${origin}/api/check-ins`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: authorizations[visitor]!,
          'idempotency-key': idempotencyKey(index),
        },
        body: JSON.stringify({ code: codes[checkpoint]! }),
      });
      return { status: response.status, body: await response.text() };
    },
  };
}

/**
 * Requests cut off when a run stops may or may not have been written. Retrying them with their
 * Idempotency-Key, as a phone would, settles each one as exactly one answer.
 */
async function settle(api: Sender, unanswered: number[]): Promise<number> {
  let accepted = 0;
  for (const index of unanswered) {
    const { status } = await api.send(index);
    if (status === 201) accepted++;
  }
  return accepted;
}

async function batchSizes(
  url: string,
  fromIndex: number,
  toIndex: number,
): Promise<{ commits: number; mean: number; p50: number; p90: number; max: number }> {
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    // Every row a writer batch inserts carries that batch's transaction id in xmin.
    const { rows } = await db.query<{
      commits: string;
      mean: string;
      p50: string;
      p90: string;
      max: string;
    }>(
      `SELECT count(*) AS commits, avg(n) AS mean, max(n) AS max,
              percentile_disc(0.5) WITHIN GROUP (ORDER BY n) AS p50,
              percentile_disc(0.9) WITHIN GROUP (ORDER BY n) AS p90
         FROM (SELECT count(*) AS n FROM check_in
                WHERE idempotency_key >= $1 AND idempotency_key < $2
                GROUP BY xmin::text) AS b`,
      [idempotencyKey(fromIndex), idempotencyKey(toIndex)],
    );
    const row = rows[0]!;
    return {
      commits: Number(row.commits),
      mean: Number(row.mean),
      p50: Number(row.p50),
      p90: Number(row.p90),
      max: Number(row.max),
    };
  } finally {
    await db.end();
  }
}

async function countStamps(
  url: string,
): Promise<{ accepted: number; distinctKeys: number; serverVersion: string }> {
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    const { rows } = await db.query<{ accepted: string; keys: string; version: string }>(
      `SELECT count(*) AS accepted, count(DISTINCT idempotency_key) AS keys,
              current_setting('server_version') AS version
         FROM check_in WHERE status = 'accepted'`,
    );
    const row = rows[0]!;
    return {
      accepted: Number(row.accepted),
      distinctKeys: Number(row.keys),
      serverVersion: row.version,
    };
  } finally {
    await db.end();
  }
}

const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

function cpuLine(cpu: CpuUse | null, mainThreadRole: string): string {
  if (!cpu) return 'n/a';
  const parts = [
    `${mainThreadRole} ${fmt(cpu.mainThread, 2)}`,
    `node process ${fmt(cpu.process, 2)}`,
    cpu.postgres === null ? null : `postgres ${fmt(cpu.postgres, 2)}`,
    `machine ${fmt(cpu.machineBusy * 100)}% busy`,
  ];
  return `${parts.filter((p) => p !== null).join(', ')} (cores)`;
}

function table(rows: Array<[string, string]>): string {
  const width = Math.max(...rows.map(([label]) => label.length));
  return rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`).join('\n');
}

async function main(): Promise<void> {
  log(`check-in benchmark: ${availableParallelism()} CPUs, Node ${process.version}`);
  const database = await openDatabase();
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
  cleanups.push(async () => {
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

  log(`warm-up: ${CONNECTIONS} connections for ${WARMUP_SECONDS} s`);
  const warmup = await loadPhase(
    {
      origin,
      authorizations,
      codes,
      connections: CONNECTIONS,
      seconds: WARMUP_SECONDS,
      firstIndex: nextIndex,
    },
    database.postmasterPid,
  );
  nextIndex = warmup.report.nextIndex;
  accepted201 += warmup.accepted;
  const warmupSettled = await settle(api, warmup.report.unanswered);
  accepted201 += warmupSettled;

  log(`measuring: ${CONNECTIONS} connections for ${LOAD_SECONDS} s`);
  const loadFrom = nextIndex;
  const load = await loadPhase(
    {
      origin,
      authorizations,
      codes,
      connections: CONNECTIONS,
      seconds: LOAD_SECONDS,
      firstIndex: nextIndex,
    },
    database.postmasterPid,
  );
  nextIndex = load.report.nextIndex;
  accepted201 += load.accepted;
  const loadSettled = await settle(api, load.report.unanswered);
  accepted201 += loadSettled;

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

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void runCleanups().finally(() => process.exit(130));
  });
}

main().then(
  // Nothing should be left running, but a stray handle must not keep `pnpm bench` waiting.
  () => process.exit(0),
  async (error: unknown) => {
    console.error(error);
    await runCleanups();
    process.exit(1);
  },
);
