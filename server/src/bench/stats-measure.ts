import { performance } from 'node:perf_hooks';
import type { StatsOverviewResponse } from '@xinghuo/shared';
import { Client } from 'pg';
import { fmt } from './harness';
import type { BenchServer } from './stats-server';
import { BENCH_ORGANIZERS } from './stats-seed';

type Who = keyof typeof BENCH_ORGANIZERS;
export type Tokens = Record<Who, string>;

const RANGES = {
  '1 day': 'from=2025-09-15&to=2025-09-15',
  '30 days': 'from=2025-09-01&to=2025-09-30',
};
const ROUTES = [
  'overview',
  'daily',
  'hourly',
  'venues',
  'venue-kinds',
  'audience-groups',
  'regions',
  'trails',
  'funnels',
  'topics',
  'learning',
  'compare',
  'today',
];
const WARMUP = 2;
const RUNS = 15;

export interface QueryTiming {
  route: string;
  who: Who;
  range: string;
  p50: number;
  p95: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;

async function timed(url: string, token: string): Promise<number> {
  const started = performance.now();
  const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`${url}: ${res.status}`);
  return performance.now() - started;
}

/** p50 and p95 of every figures route, for each organizer and period, one request at a time. */
export async function timeQueries(
  origin: string,
  tokens: Tokens,
  progress: (message: string) => void,
): Promise<{ rows: QueryTiming[]; table: string }> {
  const rows: QueryTiming[] = [];
  for (const who of Object.keys(tokens) as Who[]) {
    progress(
      `timing ${ROUTES.length} routes × ${Object.keys(RANGES).length} periods for the ${who} organizer`,
    );
    for (const [range, query] of Object.entries(RANGES)) {
      for (const route of ROUTES) {
        const url = `${origin}/api/stats/${route}?${route === 'today' ? '' : query}`;
        for (let i = 0; i < WARMUP; i++) await timed(url, tokens[who]);
        const samples: number[] = [];
        for (let i = 0; i < RUNS; i++) samples.push(await timed(url, tokens[who]));
        samples.sort((a, b) => a - b);
        rows.push({
          route,
          who,
          range,
          p50: percentile(samples, 0.5),
          p95: percentile(samples, 0.95),
        });
      }
    }
  }
  const columns = (Object.keys(tokens) as Who[]).flatMap((who) =>
    Object.keys(RANGES).map((range) => ({ who, range })),
  );
  const header = ['route (p50 / p95 ms)', ...columns.map((c) => `${c.who} ${c.range}`)];
  const lines = ROUTES.map((route) => [
    route,
    ...columns.map((c) => {
      const r = rows.find((x) => x.route === route && x.who === c.who && x.range === c.range)!;
      return `${fmt(r.p50)} / ${fmt(r.p95)}`;
    }),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const render = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return { rows, table: [render(header), ...lines.map(render)].map((l) => `  ${l}`).join('\n') };
}

/** Totals from the API against a recount from the raw rows, for each organizer's region over the month. */
export async function recount(
  origin: string,
  tokens: Tokens,
  url: string,
): Promise<{ ok: boolean; line: string }> {
  const db = new Client({ connectionString: url });
  await db.connect();
  const parts: string[] = [];
  let ok = true;
  try {
    for (const who of Object.keys(tokens) as Who[]) {
      const region = BENCH_ORGANIZERS[who].region;
      const res = await fetch(`${origin}/api/stats/overview?${RANGES['30 days']}`, {
        headers: { authorization: `Bearer ${tokens[who]}` },
      });
      const api = (await res.json()) as StatsOverviewResponse;
      const { rows } = await db.query<{
        accepted: string;
        visitors: string;
        rejected: string;
        repeats: string;
      }>(
        `WITH inside AS (
           SELECT v.id FROM venue v JOIN region r ON r.code = v.region_code
            WHERE r.path LIKE (SELECT path FROM region WHERE code = $1) || '%')
         SELECT (SELECT count(*) FROM check_in WHERE status = 'accepted' AND venue_id IN (SELECT id FROM inside)) AS accepted,
                (SELECT count(DISTINCT visitor_id) FROM check_in WHERE status = 'accepted' AND venue_id IN (SELECT id FROM inside)) AS visitors,
                (SELECT count(*) FROM check_in WHERE status = 'rejected' AND venue_id IN (SELECT id FROM inside)) AS rejected,
                (SELECT coalesce(sum(count), 0) FROM check_in_stat WHERE outcome = 'repeat' AND venue_id IN (SELECT id FROM inside)) AS repeats`,
        [region],
      );
      const raw = rows[0]!;
      const same =
        api.checkIns === Number(raw.accepted) &&
        api.uniqueVisitors === Number(raw.visitors) &&
        api.rejections === Number(raw.rejected) &&
        api.repeats === Number(raw.repeats);
      ok &&= same;
      parts.push(
        `${who} ${fmt(api.checkIns)} check-ins, ${fmt(api.uniqueVisitors)} visitors, ` +
          `${fmt(api.rejections)} rejections, ${fmt(api.repeats)} repeats: ${same ? 'OK' : `MISMATCH (raw ${JSON.stringify(raw)})`}`,
      );
    }
  } finally {
    await db.end();
  }
  return { ok, line: parts.join('; ') };
}

/** The smallest run of days from the 1st whose accepted check-ins reach `rows`, nationally. */
async function periodWith(url: string, rows: number): Promise<{ from: string; to: string }> {
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    const { rows: days } = await db.query<{ day: string; n: string }>(
      `SELECT day::text, count AS n FROM stat_scope_day WHERE scope = '100000' AND outcome = 'accepted'
        ORDER BY day`,
    );
    let total = 0;
    for (const d of days) {
      total += Number(d.n);
      if (total >= rows) return { from: days[0]!.day, to: d.day };
    }
    return { from: days[0]!.day, to: days.at(-1)!.day };
  } finally {
    await db.end();
  }
}

/**
 * Streams the check-in CSV of at least a million rows from the server process, counting rows as
 * they arrive and sampling the server's resident memory meanwhile.
 */
export async function exportThroughput(
  server: BenchServer,
  token: string,
  url: string,
  progress: (message: string) => void,
): Promise<{ rowsPerSecond: number; peakRssMb: number; line: string }> {
  const { from, to } = await periodWith(url, 1_000_000);
  progress(`exporting check-ins ${from}..${to} as CSV`);
  let peak = server.rssMb();
  const before = peak;
  const sampler = setInterval(() => (peak = Math.max(peak, server.rssMb())), 50);
  const started = performance.now();
  const res = await fetch(`${server.origin}/api/exports/check-ins.csv?from=${from}&to=${to}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  let lines = 0;
  let bytes = 0;
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.length;
    for (const byte of chunk) if (byte === 10) lines++;
  }
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  const rows = lines - 1;
  const rowsPerSecond = rows / seconds;
  return {
    rowsPerSecond,
    peakRssMb: peak,
    line:
      `${fmt(rows)} rows (${fmt(bytes / 1e6, 1)} MB, ${from}..${to}) in ${fmt(seconds, 1)} s = ` +
      `${fmt(rowsPerSecond)} rows/s; server resident ${fmt(before)} MB before, ${fmt(peak)} MB at most`,
  };
}

/** Seconds to build a report for a province's month, the slowest of three after one warm-up. */
export async function reportSeconds(
  origin: string,
  token: string,
  format: 'pdf' | 'docx',
): Promise<{ seconds: number; bytes: number }> {
  let worst = 0;
  let bytes = 0;
  for (let i = 0; i < 4; i++) {
    const started = performance.now();
    const res = await fetch(`${origin}/api/reports/activity.${format}?${RANGES['30 days']}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const body = await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`report ${format}: ${res.status}`);
    bytes = body.byteLength;
    if (i > 0) worst = Math.max(worst, (performance.now() - started) / 1000);
  }
  return { seconds: worst, bytes };
}
