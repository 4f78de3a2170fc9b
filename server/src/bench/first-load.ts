import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { freePort } from '../database/scratch';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium';
import { fmt, log, onCleanup, runBenchmark, table } from './harness';

/**
 * `pnpm bench:lighthouse`: the built app (embedded PostgreSQL, demo data) on a phone. For the
 * home page and the check-in landing page `/q/{token}` (the page every scan opens) it prints
 * Lighthouse's mobile scores (simulated slow 4G and a 4× slower CPU, Debian's Chromium) and
 * the bytes a phone downloads on a first visit, cold cache, measured in Chromium.
 */
const MAIN = resolve(__dirname, '../main.js');
const LIGHTHOUSE = resolve(__dirname, '../../node_modules/.bin/lighthouse');

async function startServer(): Promise<string> {
  const [port, pgPort] = [await freePort(), await freePort()];
  const dataDir = mkdtempSync(join(tmpdir(), 'xinghuo-first-load-'));
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(process.execPath, [MAIN], {
    env: {
      PATH: process.env.PATH ?? '',
      PORT: String(port),
      HOST: '127.0.0.1',
      EMBEDDED_PG_PORT: String(pgPort),
      DATA_DIR: dataDir,
      PUBLIC_BASE_URL: url,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  onCleanup(async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((done) => child.once('exit', done));
    }
    rmSync(dataDir, { recursive: true, force: true });
  });
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error('the server exited while starting');
    if (Date.now() > deadline) throw new Error('the server did not start in 120 s');
    try {
      if ((await fetch(`${url}/api/health`)).ok) return url;
    } catch {
      // not yet listening
    }
    await new Promise((done) => setTimeout(done, 250));
  }
}

/** A printed code of a demo checkpoint, as a visitor's camera would open it. */
async function checkInLink(base: string): Promise<string> {
  const post = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'demo-staff', password: 'kepu2025' }),
  });
  const { token } = (await post.json()) as { token: string };
  const auth = { authorization: `Bearer ${token}` };
  const list = (await (await fetch(`${base}/api/staff/checkpoints`, { headers: auth })).json()) as {
    items: Array<{ id: string }>;
  };
  const qr = (await (
    await fetch(`${base}/api/checkpoints/${list.items[0]!.id}/qr?format=json`, { headers: auth })
  ).json()) as { url: string };
  return qr.url;
}

interface Scores {
  performance: number;
  accessibility: number;
  lcpMs: number;
  cls: number;
  bytes: number;
  failing: string[];
}

function lighthouse(url: string): Scores {
  const out = join(mkdtempSync(join(tmpdir(), 'xinghuo-lh-')), 'report.json');
  const run = spawnSync(
    LIGHTHOUSE,
    [
      url,
      '--quiet',
      '--output=json',
      `--output-path=${out}`,
      '--only-categories=performance,accessibility',
      `--chrome-flags=${CHROMIUM_FLAGS.join(' ')}`,
    ],
    { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, encoding: 'utf8' },
  );
  if (run.status !== 0 || !existsSync(out)) throw new Error(`lighthouse failed:\n${run.stderr}`);
  const report = JSON.parse(readFileSync(out, 'utf8')) as {
    categories: Record<string, { score: number; auditRefs: Array<{ id: string; weight: number }> }>;
    audits: Record<string, { score: number | null; numericValue?: number; title: string }>;
  };
  const failing = report.categories
    .accessibility!.auditRefs.filter((ref) => ref.weight > 0 && report.audits[ref.id]?.score === 0)
    .map((ref) => ref.id);
  return {
    performance: Math.round(report.categories.performance!.score * 100),
    accessibility: Math.round(report.categories.accessibility!.score * 100),
    lcpMs: report.audits['largest-contentful-paint']!.numericValue!,
    cls: report.audits['cumulative-layout-shift']!.numericValue!,
    bytes: report.audits['total-byte-weight']!.numericValue!,
    failing,
  };
}

/** What a phone downloads on a first visit (bodies as sent, compressed or not, plus headers). */
async function firstLoadBytes(url: string): Promise<number> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
  try {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      locale: 'zh-CN',
    });
    const page = await context.newPage();
    const requests: Array<Promise<number>> = [];
    page.on('requestfinished', (request) => {
      requests.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize));
    });
    await page.goto(url, { waitUntil: 'networkidle' });
    return (await Promise.all(requests)).reduce((a, b) => a + b, 0);
  } finally {
    await browser.close();
  }
}

runBenchmark(async () => {
  if (!existsSync(resolve(__dirname, '../../../miniapp/dist/h5/index.html'))) {
    throw new Error('no H5 build: run pnpm build first');
  }
  log('starting the built server on an embedded PostgreSQL with demo data');
  const base = await startServer();
  const pages: Array<[string, string]> = [
    ['home', `${base}/`],
    ['check-in landing', await checkInLink(base)],
  ];
  const rows: Array<[string, string]> = [];
  for (const [name, url] of pages) {
    log(`measuring ${name}: ${url.replace(base, '')}`);
    const bytes = await firstLoadBytes(url);
    const s = lighthouse(url);
    rows.push([
      name,
      `performance ${s.performance}, accessibility ${s.accessibility}, LCP ${fmt(s.lcpMs / 1000, 1)} s, CLS ${fmt(s.cls, 3)}, ` +
        `Lighthouse ${fmt(s.bytes / 1024)} KiB, first load ${fmt(bytes / 1024)} KiB` +
        (s.failing.length ? `; accessibility fails: ${s.failing.join(', ')}` : ''),
    ]);
  }
  console.log(`\n${table(rows)}`);
});
