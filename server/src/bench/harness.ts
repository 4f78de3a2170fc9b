import { performance } from 'node:perf_hooks';
import {
  createScratchDatabase,
  dropScratchDatabases,
  openScratchServer,
  withDatabase,
} from '../database/scratch';
import type { CpuUse } from './cpu';

/** Shared by the benchmarks: timestamped progress, cleanup on every exit path, a fresh database, figures. */
const startedAt = performance.now();
const cleanups: Array<() => Promise<void>> = [];

export function log(message: string): void {
  const seconds = ((performance.now() - startedAt) / 1000).toFixed(1).padStart(5);
  console.log(`[${seconds}s] ${message}`);
}

export function onCleanup(cleanup: () => Promise<void>): void {
  cleanups.push(cleanup);
}

/** Last registered, first run: the app closes before the database it uses stops. */
export async function runCleanups(): Promise<void> {
  while (cleanups.length > 0) {
    const cleanup = cleanups.pop()!;
    await cleanup().catch((error: unknown) => console.error(`cleanup failed: ${String(error)}`));
  }
}

export interface BenchDatabase {
  url: string;
  description: string;
  /** The postmaster's pid when the cluster is ours, for CPU figures. */
  postmasterPid: number | null;
}

/**
 * A database nobody else has written to: a new embedded cluster (durable, like production), or
 * a new database on the server BENCH_DATABASE_URL names, dropped afterwards.
 */
export async function openBenchDatabase(prefix: string): Promise<BenchDatabase> {
  const server = await openScratchServer({ adminUrl: process.env.BENCH_DATABASE_URL });
  onCleanup(() => server.dispose());
  const name = await createScratchDatabase(server.adminUrl, prefix);
  if (!server.owned)
    onCleanup(async () => void (await dropScratchDatabases(server.adminUrl, name)));
  return {
    url: withDatabase(server.adminUrl, name),
    description: server.owned ? server.description : `new database ${name} on BENCH_DATABASE_URL`,
    postmasterPid: server.pid,
  };
}

/** Runs a benchmark's main: cleans up on success, failure and Ctrl-C, and never hangs on a stray handle. */
export function runBenchmark(main: () => Promise<void>): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void runCleanups().finally(() => process.exit(130));
    });
  }
  main().then(
    async () => {
      await runCleanups();
      process.exit(0);
    },
    async (error: unknown) => {
      console.error(error);
      await runCleanups();
      process.exit(1);
    },
  );
}

export const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

export function cpuLine(cpu: CpuUse | null, mainThreadRole: string): string {
  if (!cpu) return 'n/a';
  const parts = [
    `${mainThreadRole} ${fmt(cpu.mainThread, 2)}`,
    `node process ${fmt(cpu.process, 2)}`,
    cpu.postgres === null ? null : `postgres ${fmt(cpu.postgres, 2)}`,
    `machine ${fmt(cpu.machineBusy * 100)}% busy`,
  ];
  return `${parts.filter((p) => p !== null).join(', ')} (cores)`;
}

export function table(rows: Array<[string, string]>): string {
  const width = Math.max(...rows.map(([label]) => label.length));
  return rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`).join('\n');
}
