import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { cpuBetween, cpuSnapshot, type CpuUse } from './cpu';
import type { LoadJob, LoadReport } from './load-worker';
import { idempotencyKey, pairOf } from './pairs';

function runLoad(job: LoadJob): Promise<LoadReport> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(join(__dirname, 'load-worker.js'), { workerData: job });
    worker.once('message', (report: LoadReport) => resolve(report));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`load generator exited with code ${code}`)));
  });
}

export interface Phase {
  report: LoadReport;
  accepted: number;
  cpu: CpuUse | null;
  eventLoopBusy: number;
}

export async function loadPhase(job: LoadJob, postmasterPid: number | null): Promise<Phase> {
  const cpuBefore = cpuSnapshot(postmasterPid);
  const eluBefore = performance.eventLoopUtilization();
  const report = await runLoad(job);
  const eventLoopBusy = performance.eventLoopUtilization(eluBefore).utilization;
  const cpu = cpuBetween(cpuBefore, cpuSnapshot(postmasterPid));
  return { report, accepted: report.statusCounts['201'] ?? 0, cpu, eventLoopBusy };
}

export interface Sender {
  send(index: number): Promise<{ status: number; body: string }>;
}

export function sender(origin: string, authorizations: string[], codes: string[]): Sender {
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
export async function settle(api: Sender, unanswered: number[]): Promise<number> {
  let accepted = 0;
  for (const index of unanswered) {
    const { status } = await api.send(index);
    if (status === 201) accepted++;
  }
  return accepted;
}
