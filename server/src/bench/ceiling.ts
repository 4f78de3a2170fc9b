import { Client } from 'pg';
import type { BenchCatalogue } from './seed';
import { pairOf } from './pairs';

export interface CeilingReport {
  rows: number;
  seconds: number;
  rowsPerSecond: number;
  errors: number;
  firstError: string | null;
}

/**
 * The database's own limit for the naive write path: `clients` sessions each committing one
 * check-in row per transaction (an autocommit INSERT), as many as they can. Rows are stamps of
 * pairs the API phase never used ("ceiling" is not a day, so the stamp index cannot collide),
 * so every INSERT does the same index and foreign-key work as a real one.
 */
export interface CeilingOptions {
  clients: number;
  /** Rows committed in this first stretch are not counted: sessions and caches settle. */
  warmupSeconds: number;
  seconds: number;
  /** Called as the counted window opens and closes, to sample CPU over exactly that window. */
  onWindow?: (edge: 'start' | 'end') => void;
}

export async function measureCeiling(
  url: string,
  catalogue: BenchCatalogue,
  { clients, warmupSeconds, seconds, onWindow }: CeilingOptions,
): Promise<CeilingReport> {
  const sessions = await Promise.all(
    Array.from({ length: clients }, async () => {
      const client = new Client({ connectionString: url, application_name: 'xinghuo-bench' });
      await client.connect();
      return client;
    }),
  );
  const visitors = catalogue.visitorIds.length;
  const checkpoints = catalogue.checkpoints.length;
  let next = 0;
  let rows = 0;
  let errors = 0;
  let firstError: string | null = null;

  const started = Date.now();
  const measureFrom = started + warmupSeconds * 1000;
  const measureUntil = measureFrom + seconds * 1000;
  let windowClosed = false;
  const closeWindow = () => {
    if (windowClosed) return;
    windowClosed = true;
    onWindow?.('end');
  };
  const timers = [
    setTimeout(() => onWindow?.('start'), measureFrom - started),
    setTimeout(closeWindow, measureUntil - started),
  ];
  const loop = async (client: Client): Promise<void> => {
    while (Date.now() < measureUntil) {
      const index = next++;
      const { visitor, checkpoint } = pairOf(index, visitors, checkpoints);
      const cp = catalogue.checkpoints[checkpoint]!;
      const now = new Date();
      try {
        // A named statement is parsed once per session: the ceiling should not pay for parsing.
        await client.query({
          name: 'ceiling_insert',
          text: `INSERT INTO check_in (visitor_id, checkpoint_id, venue_id, campaign_id, status, reason,
                                       period_key, scanned_at, received_at, source, idempotency_key,
                                       geofence, accuracy_bucket)
                 VALUES ($1, $2, $3, $4, 'accepted', NULL, 'ceiling', $5, $5, 'live', $6, 'none', NULL)`,
          values: [
            catalogue.visitorIds[visitor]!,
            cp.id,
            cp.venueId,
            catalogue.campaignId,
            now,
            `ceiling-${index}`,
          ],
        });
        const done = Date.now();
        if (done >= measureFrom && done < measureUntil) rows++;
      } catch (error) {
        errors++;
        firstError ??= (error as Error).message;
      }
    }
  };

  try {
    await Promise.all(sessions.map(loop));
  } finally {
    timers.forEach(clearTimeout);
    // The last queries can return before the closing timer gets its turn.
    closeWindow();
    await Promise.all(sessions.map((c) => c.end().catch(() => undefined)));
  }
  return { rows, seconds, rowsPerSecond: rows / seconds, errors, firstError };
}
