import { parentPort, workerData } from 'node:worker_threads';
import autocannon from 'autocannon';
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

/**
 * Runs in its own thread so the load generator's HTTP parsing does not share an event loop with
 * the server it measures.
 */
async function run(job: LoadJob): Promise<LoadReport> {
  const visitors = job.authorizations.length;
  const checkpoints = job.codes.length;
  let next = job.firstIndex;
  const inFlight = new Map<string, number>();
  const samples: string[] = [];

  const options: autocannon.Options = {
    url: job.origin,
    connections: job.connections,
    pipelining: 1,
    duration: job.seconds,
    timeout: 30,
    renderProgressBar: false,
    renderResultsTable: false,
    renderLatencyTable: false,
    requests: [
      {
        method: 'POST',
        path: '/api/check-ins',
        // With pipelining 1 autocannon builds each request right before writing it, so the
        // context (one per connection) holds the key of the one request in flight.
        setupRequest: (request, context) => {
          const index = next++;
          const { visitor, checkpoint } = pairOf(index, visitors, checkpoints);
          const key = idempotencyKey(index);
          context.key = key;
          inFlight.set(key, index);
          return {
            ...request,
            headers: {
              'content-type': 'application/json',
              authorization: job.authorizations[visitor]!,
              'idempotency-key': key,
            },
            body: JSON.stringify({ code: job.codes[checkpoint]! }),
          };
        },
        onResponse: (status, body, context) => {
          inFlight.delete(context.key as string);
          if (status !== 201 && samples.length < MAX_SAMPLES) {
            samples.push(`${status} ${body.slice(0, 300)}`);
          }
        },
      },
    ],
  };

  // Outside the main thread autocannon hands back its raw, encoded histograms.
  const raw = await autocannon(options);
  const result = autocannon.aggregateResult([raw], options);
  const statusCounts: Record<string, number> = {};
  for (const [status, { count }] of Object.entries(result.statusCodeStats)) {
    statusCounts[status] = count;
  }
  return {
    seconds: result.duration,
    sent: next - job.firstIndex,
    statusCounts,
    errors: result.errors,
    timeouts: result.timeouts,
    latencyMs: {
      mean: result.latency.mean,
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      max: result.latency.max,
    },
    unanswered: [...inFlight.values()],
    samples,
    nextIndex: next,
  };
}

// A rejection here is unhandled, which fails the thread and reaches the parent as 'error'.
void run(workerData as LoadJob).then((report) => parentPort?.postMessage(report));
