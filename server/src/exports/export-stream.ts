import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import type { CheckInExportJob, WorkerMessage } from './export-job';

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
 * rows and a chunk at a time; exceljs keeps more of a workbook while it zips.
 */
const LIMITS = {
  csv: { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 64 },
  xlsx: { maxYoungGenerationSizeMb: 32, maxOldGenerationSizeMb: 128 },
};

/**
 * The file's bytes as a stream, made by a worker thread. Each read of the stream lets the worker
 * send one more chunk; a stream destroyed early (a client gone) stops the worker, whose connection
 * and transaction go with it.
 */
export function checkInExportStream(job: CheckInExportJob): Readable {
  if (!WORKER) throw new Error('export-worker.js is missing: build the server first');
  const worker = new Worker(WORKER, {
    workerData: job,
    resourceLimits: LIMITS[job.format],
    execArgv: [],
  });
  let ended = false;
  const out = new Readable({
    read() {
      worker.postMessage('more');
    },
    destroy(error, done) {
      void worker.terminate();
      done(error);
    },
  });
  worker.on('message', (message: WorkerMessage) => {
    if (message.type === 'chunk') out.push(Buffer.from(message.data));
    else if (message.type === 'end') {
      ended = true;
      out.push(null);
      void worker.terminate();
    } else out.destroy(new Error(`check-in export failed: ${message.message}`));
  });
  worker.on('error', (error) => out.destroy(error));
  worker.on('exit', () => {
    if (!ended) out.destroy(new Error('check-in export stopped'));
  });
  return out;
}
