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
  type FreeSlot,
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
 * own and writes the file's bytes into buffers shared with the parent, which writes each to the
 * client and hands it back once the socket has taken it. Its heap is its own and small, the bytes
 * in flight are the few shared buffers (no buffer per chunk left for either heap's collector), and
 * formatting a million rows never holds up the check-in path's event loop.
 */
const { slots, ...job } = workerData as CheckInExportJob & { slots: SharedArrayBuffer[] };
const port = parentPort!;
const post = (message: WorkerMessage) => port.postMessage(message);

const free: number[] = [];
let waiting: (() => void) | null = null;
port.on('message', (message: FreeSlot) => {
  free.push(message.free);
  const wake = waiting;
  waiting = null;
  wake?.();
});
async function freeSlot(): Promise<number> {
  while (free.length === 0) await new Promise<void>((resolve) => (waiting = resolve));
  return free.shift()!;
}

/** Fills the shared buffers with what is written (text as UTF-8) and sends each when full. */
function parentSink(): Writable {
  const encoder = new TextEncoder();
  let slot = -1;
  let view: Uint8Array = new Uint8Array(0);
  let fill = 0;
  const send = () => {
    post({ type: 'chunk', slot, length: fill });
    slot = -1;
  };
  const put = async (chunk: string | Uint8Array) => {
    let rest = chunk;
    while (rest.length > 0) {
      if (slot < 0) {
        slot = await freeSlot();
        view = new Uint8Array(slots[slot]!);
        fill = 0;
      }
      if (typeof rest === 'string') {
        // Whole characters only: what does not fit goes to the next buffer.
        const { read, written } = encoder.encodeInto(rest, view.subarray(fill));
        fill += written;
        rest = rest.slice(read);
      } else {
        const n = Math.min(rest.length, view.length - fill);
        view.set(rest.subarray(0, n), fill);
        fill += n;
        rest = rest.subarray(n);
      }
      if (rest.length > 0 || fill === view.length) send();
    }
  };
  return new Writable({
    decodeStrings: false,
    write(chunk: string | Uint8Array, _encoding, done) {
      put(chunk).then(() => done(), done);
    },
    final(done) {
      if (slot >= 0 && fill > 0) send();
      done();
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
