import { randomBytes } from 'node:crypto';
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '../database/scratch';

export interface BenchServer {
  origin: string;
  child: ChildProcess;
  /** Resident memory of the server process now, in MB (Linux). */
  rssMb(): number;
  stop(): Promise<void>;
}

/**
 * The built server as its own process, so its memory is its own to measure: the folder, the
 * figures and the exports run there exactly as in production.
 */
export async function startBenchServer(
  databaseUrl: string,
  env: Record<string, string>,
): Promise<BenchServer> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    ['--max-semi-space-size=64', join(__dirname, '../main.js')],
    {
      env: {
        PATH: process.env.PATH ?? '',
        DATABASE_URL: databaseUrl,
        AUTH_SECRET: randomBytes(32).toString('base64url'),
        QR_KEYS: `1:${randomBytes(32).toString('base64url')}`,
        PORT: String(port),
        HOST: '127.0.0.1',
        H5_DIR: '/nonexistent',
        DEMO_DATA: '0',
        LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
        // The month loaded is in the past: the sweeper would delete its rejected rows once folded,
        // and the recount reads the raw rows.
        REJECTED_CHECK_IN_RETENTION_DAYS: '3650',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${output}`);
    try {
      if ((await fetch(`${origin}/api/health`)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server did not come up in 60 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    origin,
    child,
    rssMb: () => {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      return kb / 1024;
    },
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
