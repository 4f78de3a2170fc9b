import { connect, type Socket } from 'node:net';
import { parentPort, workerData } from 'node:worker_threads';
import { idempotencyKey, pairOf } from './pairs';

export interface LoadJob {
  /** http://host:port of the app. */
  origin: string;
  /** "Bearer …" per seeded visitor. */
  authorizations: string[];
  /** The scanned text per seeded checkpoint. */
  codes: string[];
  connections: number;
  seconds: number;
  /** First request number; phases continue the numbering so no pair or key repeats. */
  firstIndex: number;
}

export interface LoadReport {
  seconds: number;
  sent: number;
  statusCounts: Record<string, number>;
  errors: number;
  timeouts: number;
  latencyMs: { mean: number; p50: number; p90: number; p99: number; max: number };
  /** Requests written to a socket but not answered when the run stopped. */
  unanswered: number[];
  /** The first few answers other than 201, to say why. */
  samples: string[];
  nextIndex: number;
}

const MAX_SAMPLES = 5;
const TIMEOUT_MS = 30_000;
const HEADER_END = Buffer.from('\r\n\r\n');

/**
 * A closed-loop HTTP/1.1 load generator: each connection keeps one request in flight and sends
 * the next as soon as the answer is complete, like wrk. It runs in its own thread so its work
 * does not share an event loop with the server it measures, and it is deliberately small (a
 * request is one buffer write, an answer is found by its Content-Length) because on a 2-core
 * machine every microsecond it spends is taken from the app; a general-purpose client such as
 * autocannon cost about twice as much CPU per request here.
 */
function run(job: LoadJob): Promise<LoadReport> {
  const { hostname, port } = new URL(job.origin);
  const visitors = job.authorizations.length;
  const checkpoints = job.codes.length;
  let next = job.firstIndex;
  const statusCounts: Record<string, number> = {};
  const latencies: number[] = [];
  const samples: string[] = [];
  let errors = 0;
  let timeouts = 0;
  let stopping = false;
  const inFlight = new Map<Socket, { index: number; started: number }>();

  const request = (index: number): Buffer => {
    const { visitor, checkpoint } = pairOf(index, visitors, checkpoints);
    const body = JSON.stringify({ code: job.codes[checkpoint]! });
    return Buffer.from(
      `POST /api/check-ins HTTP/1.1\r\nHost: ${hostname}:${port}\r\n` +
        `Content-Type: application/json\r\nAuthorization: ${job.authorizations[visitor]!}\r\n` +
        `Idempotency-Key: ${idempotencyKey(index)}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n` +
        body,
    );
  };

  const open = (): Promise<void> =>
    new Promise((done) => {
      const socket = connect({ host: hostname, port: Number(port), noDelay: true });
      let pending: Buffer = Buffer.alloc(0);
      const send = () => {
        if (stopping) {
          socket.end();
          return;
        }
        const index = next++;
        inFlight.set(socket, { index, started: performance.now() });
        socket.write(request(index));
      };
      socket.setTimeout(TIMEOUT_MS, () => {
        timeouts++;
        socket.destroy();
      });
      socket.once('connect', send);
      socket.on('data', (chunk: Buffer) => {
        pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
        for (;;) {
          const headerEnd = pending.indexOf(HEADER_END);
          if (headerEnd < 0) return;
          const head = pending.toString('latin1', 0, headerEnd);
          const length = /\r\ncontent-length: *(\d+)/i.exec(head);
          if (!length) {
            errors++;
            socket.destroy();
            return;
          }
          const end = headerEnd + HEADER_END.length + Number(length[1]);
          if (pending.length < end) return;
          const status = head.slice(9, 12);
          const sent = inFlight.get(socket)!;
          inFlight.delete(socket);
          latencies.push(performance.now() - sent.started);
          statusCounts[status] = (statusCounts[status] ?? 0) + 1;
          if (status !== '201' && samples.length < MAX_SAMPLES) {
            samples.push(
              `${status} ${pending.toString('utf8', headerEnd + HEADER_END.length, end).slice(0, 300)}`,
            );
          }
          pending = pending.subarray(end);
          send();
        }
      });
      socket.on('error', () => {
        errors++;
      });
      socket.once('close', () => done());
    });

  const started = performance.now();
  const stop = setTimeout(() => {
    stopping = true;
  }, job.seconds * 1000);
  // Connections that still wait for an answer when the time is up are closed a little later:
  // the run reports what it had, and the caller settles those requests by retrying them.
  const cutOff = setTimeout(
    () => {
      for (const socket of inFlight.keys()) socket.destroy();
    },
    job.seconds * 1000 + 2000,
  );

  return Promise.all(Array.from({ length: job.connections }, open)).then(() => {
    clearTimeout(stop);
    clearTimeout(cutOff);
    // Until the last answer: the answers to requests sent just before the stop are counted too.
    const seconds = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    const at = (q: number) =>
      latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
    const mean = latencies.reduce((sum, ms) => sum + ms, 0) / Math.max(latencies.length, 1);
    return {
      seconds,
      sent: next - job.firstIndex,
      statusCounts,
      errors,
      timeouts,
      latencyMs: { mean, p50: at(0.5), p90: at(0.9), p99: at(0.99), max: latencies.at(-1) ?? 0 },
      unanswered: [...inFlight.values()].map((r) => r.index),
      samples,
      nextIndex: next,
    };
  });
}

// A rejection here is unhandled, which fails the thread and reaches the parent as 'error'.
void run(workerData as LoadJob).then((report) => parentPort?.postMessage(report));
