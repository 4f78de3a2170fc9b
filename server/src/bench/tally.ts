import { Client } from 'pg';
import { idempotencyKey } from './pairs';

export async function batchSizes(
  url: string,
  fromIndex: number,
  toIndex: number,
): Promise<{ commits: number; mean: number; p50: number; p90: number; max: number }> {
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    // Every row a writer batch inserts carries that batch's transaction id in xmin.
    const { rows } = await db.query<{
      commits: string;
      mean: string;
      p50: string;
      p90: string;
      max: string;
    }>(
      `SELECT count(*) AS commits, avg(n) AS mean, max(n) AS max,
              percentile_disc(0.5) WITHIN GROUP (ORDER BY n) AS p50,
              percentile_disc(0.9) WITHIN GROUP (ORDER BY n) AS p90
         FROM (SELECT count(*) AS n FROM check_in
                WHERE idempotency_key >= $1 AND idempotency_key < $2
                GROUP BY xmin::text) AS b`,
      [idempotencyKey(fromIndex), idempotencyKey(toIndex)],
    );
    const row = rows[0]!;
    return {
      commits: Number(row.commits),
      mean: Number(row.mean),
      p50: Number(row.p50),
      p90: Number(row.p90),
      max: Number(row.max),
    };
  } finally {
    await db.end();
  }
}

export async function countStamps(
  url: string,
): Promise<{ accepted: number; distinctKeys: number; serverVersion: string }> {
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    const { rows } = await db.query<{ accepted: string; keys: string; version: string }>(
      `SELECT count(*) AS accepted, count(DISTINCT idempotency_key) AS keys,
              current_setting('server_version') AS version
         FROM check_in WHERE status = 'accepted'`,
    );
    const row = rows[0]!;
    return {
      accepted: Number(row.accepted),
      distinctKeys: Number(row.keys),
      serverVersion: row.version,
    };
  } finally {
    await db.end();
  }
}
