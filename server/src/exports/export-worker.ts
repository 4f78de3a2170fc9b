import { createHmac, randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { Client } from 'pg';
import { csvStream, type ExportCell } from '../documents/csv';
import {
  CHECK_IN_EXPORT_HEADER,
  type CheckInExportJob,
  FETCH_ROWS,
  PSEUDONYM_MEMO,
  type WorkerMessage,
} from './export-job';

/** A row as the cursor's query gives it, as an array: fewer objects for the collector. */
type RawCheckIn = [
  day: string,
  time: string,
  venueId: string,
  checkpointId: string | null,
  visitorId: string,
  source: string,
  correct: boolean | null,
];

/**
 * The check-in export's worker thread: reads the rows through a cursor on a connection of its
 * own and writes the file's bytes to the parent, which streams them to the client. Its heap is
 * its own and small, and formatting a million rows never holds up the check-in path's event loop.
 * The parent grants one chunk per read of its stream: the worker never runs ahead of the client.
 */
const job = workerData as CheckInExportJob;
const port = parentPort!;
const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []) =>
  port.postMessage(message, transfer);

let credits = 0;
let waiting: (() => void) | null = null;
port.on('message', (message: 'more') => {
  if (message !== 'more') return;
  credits += 1;
  // Taken before it runs: sending lets the stream hand over its next write, which may wait again.
  const send = waiting;
  waiting = null;
  send?.();
});

/** Bytes gathered before a chunk goes to the parent: exceljs writes many tiny pieces. */
const CHUNK_BYTES = 64 * 1024;

/**
 * Gathers the file's bytes into chunks and sends each to the parent once it has asked for one.
 * A write is acknowledged at once while the chunk fills, and only when sent once it is full.
 */
function parentSink(): Writable {
  let pending: Buffer[] = [];
  let size = 0;
  const flush = (then: () => void) => {
    const send = () => {
      credits -= 1;
      const data = new Uint8Array(size);
      let at = 0;
      for (const piece of pending) {
        data.set(piece, at);
        at += piece.length;
      }
      pending = [];
      size = 0;
      post({ type: 'chunk', data: data.buffer }, [data.buffer]);
      then();
    };
    if (size === 0) then();
    else if (credits > 0) send();
    else waiting = send;
  };
  return new Writable({
    write(chunk: Buffer, _encoding, done) {
      pending.push(chunk);
      size += chunk.length;
      if (size >= CHUNK_BYTES) flush(() => done());
      else done();
    },
    final(done) {
      flush(() => done());
    },
  });
}

async function* cursorRows(db: Client): AsyncGenerator<RawCheckIn[]> {
  await db.query('BEGIN');
  await db.query(`DECLARE export_rows NO SCROLL CURSOR FOR ${job.sql}`, job.params);
  const fetch = () =>
    db.query<RawCheckIn>({ text: `FETCH ${FETCH_ROWS} FROM export_rows`, rowMode: 'array' });
  // The next batch is on its way while this one is formatted.
  let next = fetch();
  for (;;) {
    const { rows } = await next;
    if (rows.length === 0) break;
    next = fetch();
    yield rows;
  }
  await db.query('COMMIT');
}

async function* cells(db: Client): AsyncGenerator<ExportCell[]> {
  const venues = new Map(job.venues.map((v) => [v.id, v]));
  const checkpoints = new Map(job.checkpoints);
  const key = randomBytes(32);
  let memo = new Map<string, string>();
  const pseudonym = (visitor: string) => {
    let name = memo.get(visitor);
    if (name === undefined) {
      if (memo.size >= PSEUDONYM_MEMO) memo = new Map();
      name = createHmac('sha256', key).update(visitor).digest('base64url').slice(0, 12);
      memo.set(visitor, name);
    }
    return name;
  };
  for await (const rows of cursorRows(db)) {
    for (const [day, time, venueId, checkpointId, visitorId, source, correct] of rows) {
      const venue = venues.get(venueId);
      yield [
        day,
        time,
        venue?.name ?? '',
        venue?.kind ?? '',
        venue?.place ?? '',
        (checkpointId && checkpoints.get(checkpointId)) || '',
        pseudonym(visitorId),
        source === 'offline' ? '离线补传' : '现场',
        correct === null ? '未答' : correct ? '答对' : '答错',
      ];
    }
  }
}

async function run(): Promise<void> {
  const db = new Client({ connectionString: job.url, application_name: 'xinghuo-export' });
  await db.connect();
  try {
    if (job.format === 'csv') {
      await pipeline(csvStream(CHECK_IN_EXPORT_HEADER, cells(db)), parentSink());
    } else {
      const { writeXlsx } = await import('../documents/xlsx.js');
      await writeXlsx(job.sheet, CHECK_IN_EXPORT_HEADER, cells(db), parentSink());
    }
    post({ type: 'end' });
  } finally {
    await db.end().catch(() => undefined);
  }
}

run().catch((error: unknown) =>
  post({ type: 'error', message: error instanceof Error ? error.message : String(error) }),
);
