import 'reflect-metadata';
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { migrate } from '../database/migrate';
import { fmt, log, onCleanup, openBenchDatabase, runBenchmark, table } from './harness';
import { startBenchServer } from './stats-server';
import { loadStatsHistory } from './stats-load';
import { BENCH_ORGANIZERS, BENCH_PASSWORD, seedStatsCatalogue } from './stats-seed';
import { exportThroughput, recount, reportSeconds, timeQueries } from './stats-measure';

const CHECK_INS = Number(process.env.BENCH_STATS_CHECK_INS ?? 10_000_000);
const VISITORS = Number(process.env.BENCH_STATS_VISITORS ?? 1_000_000);
const VENUES = 240;
const TRAILS = 30;

async function waitForFold(url: string): Promise<void> {
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    const started = performance.now();
    for (;;) {
      const { rows } = await db.query<{ ck: string; vv: string; ck_max: string; vv_max: string }>(
        `SELECT (SELECT position FROM stat_cursor WHERE source = 'check_in') AS ck,
                (SELECT position FROM stat_cursor WHERE source = 'venue_visit') AS vv,
                (SELECT max(id) FROM check_in) AS ck_max, (SELECT max(seq) FROM venue_visit) AS vv_max`,
      );
      const r = rows[0]!;
      const [ck, vv, ckMax, vvMax] = [r.ck, r.vv, r.ck_max, r.vv_max].map((x) => Number(x ?? 0));
      const seconds = (performance.now() - started) / 1000;
      log(
        `folding: check-ins ${fmt(ck!)} of ${fmt(ckMax!)}, first visits ${fmt(vv!)} of ${fmt(vvMax!)} ` +
          `(${fmt(ck! / Math.max(seconds, 0.1))} check-ins/s)`,
      );
      if (ck === ckMax && vv === vvMax) return;
      await new Promise((resolve) => setTimeout(resolve, 5_000));
    }
  } finally {
    await db.end();
  }
}

async function login(origin: string, username: string): Promise<string> {
  const res = await fetch(`${origin}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: BENCH_PASSWORD }),
  });
  if (!res.ok) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { token: string }).token;
}

async function main(): Promise<void> {
  log(`figures benchmark: ${availableParallelism()} CPUs, Node ${process.version}`);
  const database = await openBenchDatabase('xinghuo_stats_bench');
  log(`database: ${database.description}`);
  await migrate(database.url);
  const size = await seedStatsCatalogue(database.url, {
    venues: VENUES,
    visitors: VISITORS,
    trails: TRAILS,
  });
  log(
    `catalogue: ${size.provinces} provinces, ${size.regions} regions (${size.townships} townships), ` +
      `${size.venues} venues, ${size.checkpoints} checkpoints, ${size.trails} trails, ` +
      `${fmt(size.visitors)} visitors`,
  );
  const loadStarted = performance.now();
  await loadStatsHistory(database.url, {
    checkIns: CHECK_INS,
    visitors: VISITORS,
    venues: VENUES,
    onProgress: (message) => log(`loading ${message}`),
  });
  const loadSeconds = (performance.now() - loadStarted) / 1000;

  const server = await startBenchServer(database.url, { STATS_FOLD_INTERVAL_MS: '200' });
  onCleanup(() => server.stop());
  log(`server up at ${server.origin} (pid ${server.child.pid}); its folder catches up`);
  const foldStarted = performance.now();
  await waitForFold(database.url);
  const foldSeconds = (performance.now() - foldStarted) / 1000;

  const tokens = {
    national: await login(server.origin, BENCH_ORGANIZERS.national.username),
    province: await login(server.origin, BENCH_ORGANIZERS.province.username),
    county: await login(server.origin, BENCH_ORGANIZERS.county.username),
  };
  const timings = await timeQueries(server.origin, tokens, (m) => log(m));
  log("building the PDF and the Word report for the province's month");
  const pdf = await reportSeconds(server.origin, tokens.province, 'pdf');
  const docx = await reportSeconds(server.origin, tokens.province, 'docx');
  const checks = await recount(server.origin, tokens, database.url);
  const firstRss = server.rssMb();
  await server.stop();
  // The export runs on a server of its own, so its memory shows what the export needs rather
  // than what catching up on a month and drawing reports left in the heap.
  const exporter = await startBenchServer(database.url, {});
  onCleanup(() => exporter.stop());
  const exported = await exportThroughput(
    exporter,
    await login(exporter.origin, BENCH_ORGANIZERS.national.username),
    database.url,
    (m) => log(m),
  );

  const db = new Client({ connectionString: database.url });
  await db.connect();
  const { rows } = await db.query<{ accepted: string; rows: string; size: string }>(
    `SELECT (SELECT count(*) FROM check_in WHERE status = 'accepted') AS accepted,
            (SELECT count(*) FROM check_in) AS rows, pg_size_pretty(pg_database_size(current_database())) AS size`,
  );
  await db.end();

  console.log('');
  console.log(
    table([
      [
        'data',
        `${fmt(Number(rows[0]!.accepted))} accepted check-ins (${fmt(Number(rows[0]!.rows))} rows with rejections), ` +
          `${fmt(VISITORS)} visitors, ${VENUES} venues, 30 days; database ${rows[0]!.size}`,
      ],
      ['load', `${fmt(loadSeconds, 1)} s (SQL, set-based)`],
      ['fold', `${fmt(foldSeconds, 1)} s by the server's folder, as in production`],
      [
        'reports',
        `province month: PDF ${fmt(pdf.seconds, 2)} s (${fmt(pdf.bytes / 1e3)} KB), ` +
          `Word ${fmt(docx.seconds, 2)} s (${fmt(docx.bytes / 1e3)} KB), slowest of three`,
      ],
      ['export', exported.line],
      [
        '  first server',
        `resident ${fmt(firstRss)} MB after folding the month, the timings and the reports`,
      ],
      ['recount', `${checks.ok ? 'OK' : 'MISMATCH'}: ${checks.line}`],
    ]),
  );
  console.log('');
  console.log(timings.table);
  console.log('');
  const worst = Math.max(...timings.rows.map((r) => r.p95));
  console.log(
    `dashboard p95: ${Math.round(worst)} ms (worst query), report pdf: ${pdf.seconds.toFixed(1)} s, ` +
      `docx: ${docx.seconds.toFixed(1)} s, export: ${Math.round(exported.rowsPerSecond)} rows/s`,
  );
}

runBenchmark(main);
