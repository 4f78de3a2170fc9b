import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import {
  type CheckInExportJob,
  type FreeSlot,
  SLOT_BYTES,
  SLOTS,
  type WorkerMessage,
} from './export-job';

/**
 * The worker runs the built file. Under the tests, which run the sources, that is the one
 * `pnpm build` made (pnpm test builds first).
 */
const WORKER = [
  join(__dirname, 'export-worker.js'),
  join(__dirname, '../../dist/exports/export-worker.js'),
].find((path) => existsSync(path));

/**
 * Limits of the worker's own heap, so a big export cannot grow the process: a CSV needs a batch of
 * rows at a time; exceljs keeps more of a workbook while it zips.
 */
const LIMITS = {
  csv: { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 32 },
  xlsx: { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 128 },
};

/** The `--max-semi-space-size` the process runs with (see docs/operations.md), if any. */
const PROCESS_SEMI_SPACE = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)]
  .map((arg) => /^--max[-_]semi[-_]space[-_]size=(\d+)$/.exec(arg)?.[1])
  .find((mb) => mb !== undefined);

/**
 * V8 lets the process's `--max-semi-space-size` override a worker's young-generation limit, so an
 * export's worker would get the check-in path's large young generation: some 80 MB more resident
 * memory per export, measured on 10 M check-ins. The flag is lowered while the worker's heap is
 * made and put back once the worker runs; heaps already made keep their sizes.
 */
function startWorker(job: CheckInExportJob, slots: SharedArrayBuffer[]): Worker {
  const limits = LIMITS[job.format];
  if (PROCESS_SEMI_SPACE) {
    setFlagsFromString(`--max-semi-space-size=${limits.maxYoungGenerationSizeMb / 2}`);
  }
  const worker = new Worker(WORKER!, {
    workerData: { ...job, slots },
    resourceLimits: limits,
    execArgv: [],
  });
  if (PROCESS_SEMI_SPACE) {
    const restore = () => setFlagsFromString(`--max-semi-space-size=${PROCESS_SEMI_SPACE}`);
    worker.once('online', restore).once('exit', restore);
  }
  return worker;
}

/**
 * Writes the file into `out` (the response) from a worker thread, through a few buffers shared
 * with it: each is written out as the worker fills it and handed back once `out` has passed it
 * on. Resolves when the last byte is written to `out`; an `out` closed early (a client gone) or a
 * failing worker rejects, and the worker's connection and transaction go with it.
 */
export function writeCheckInExport(job: CheckInExportJob, out: Writable): Promise<void> {
  if (!WORKER) throw new Error('export-worker.js is missing: build the server first');
  const slots = Array.from({ length: SLOTS }, () => new SharedArrayBuffer(SLOT_BYTES));
  const worker = startWorker(job, slots);
  return new Promise<void>((resolve, reject) => {
    let settled = false;
    const settle = (error?: Error) => {
      if (settled) return;
      settled = true;
      out.off('close', gone);
      void worker.terminate();
      if (error) reject(error);
      else resolve();
    };
    const gone = () => settle(new Error('the client went away'));
    out.once('close', gone);
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'chunk') {
        const { slot, length } = message;
        out.write(Buffer.from(slots[slot]!, 0, length), (error) => {
          if (!error && !settled) worker.postMessage({ free: slot } satisfies FreeSlot);
        });
      } else if (message.type === 'end') settle();
      else settle(new Error(`check-in export failed: ${message.message}`));
    });
    worker.on('error', (error) => settle(error));
    worker.on('exit', () => settle(new Error('check-in export stopped')));
    for (let slot = 0; slot < SLOTS; slot++) worker.postMessage({ free: slot } satisfies FreeSlot);
  });
}
