import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { type Run, writeScans, writeTrailProgress } from '../demo/history';

export interface LoadTarget {
  /** Accepted check-ins wanted over the month, roughly. */
  checkIns: number;
  visitors: number;
  venues: number;
  onProgress: (message: string) => void;
}

const DAYS = 30;

/** Indexes (as the migrations define them) dropped while loading and built after. */
const DEFERRED_INDEXES: Array<[name: string, create: string]> = [
  [
    'check_in_visitor_idx',
    'CREATE INDEX check_in_visitor_idx ON check_in (visitor_id, scanned_at)',
  ],
  [
    'check_in_stamp_key',
    `CREATE UNIQUE INDEX check_in_stamp_key ON check_in (visitor_id, checkpoint_id, campaign_id, period_key)
      WHERE status = 'accepted'`,
  ],
  ['venue_visit_visitor_idx', 'CREATE INDEX venue_visit_visitor_idx ON venue_visit (visitor_key)'],
  ['venue_visit_seq_key', 'CREATE UNIQUE INDEX venue_visit_seq_key ON venue_visit (seq)'],
  [
    'check_in_stat_repeat_day_idx',
    `CREATE INDEX check_in_stat_repeat_day_idx ON check_in_stat (day) WHERE outcome = 'repeat'`,
  ],
];
/** 2025-09-01 was a Monday. */
const isWeekend = (day: number) => [6, 0].includes(day % 7);
const WEEKEND_FACTOR = 1.8;
/** Stamps per visit average about 2.5 (one to all of a venue's 3–5 checkpoints). */
const STAMPS_PER_VISIT = 2.5;
/**
 * One day's scans (see demo/history.ts): visits (a visitor at a venue, deduplicated so a stamp is
 * never given twice), each stamping one to all of the venue's checkpoints 12 minutes apart. A
 * visit in 33 is refused at its first checkpoint; one in 33 was scanned offline and sent 3 hours
 * later; one stamp in 20 is scanned twice (a repeat); two in five at a question are answered,
 * seven in ten of those right.
 */
const DAY_SCANS = `
  CREATE TEMP TABLE scans ON COMMIT DROP AS
  SELECT visitor_id, grp, checkpoint_id, venue_id, status, reason, at, offline,
         answer_u < 0.4 AS answered, answer_u < 0.28 AS correct, repeat_u < 0.05 AS repeated
    FROM (
      SELECT vi.id AS visitor_id, coalesce(vi.audience_group, 'unknown') AS grp,
             c.id AS checkpoint_id, c.venue_id, s.status, s.reason, s.at, s.offline,
             random() AS answer_u, random() AS repeat_u
        FROM (
          SELECT DISTINCT ON (visitor_n, venue_n) *
            FROM (SELECT 1 + floor(random() * $3)::int AS visitor_n,
                         floor($4 * power(random(), 2.2))::int AS venue_n,
                         ($1 || 'T09:00:00+08:00')::timestamptz
                           + make_interval(mins => floor(480 * sqrt(random()))::int) AS starts,
                         random() AS u
                    FROM generate_series(1, $2::int)) g
        ) v
        JOIN bench_visitor vi ON vi.n = v.visitor_n
        JOIN bench_venue ve ON ve.n = v.venue_n
        CROSS JOIN LATERAL (
          SELECT k, v.starts + make_interval(mins => 12 * (k - 1)) AS at,
                 CASE WHEN k = 1 AND v.u < 0.03 THEN 'rejected' ELSE 'accepted' END AS status,
                 CASE WHEN k = 1 AND v.u < 0.03
                      THEN (ARRAY['VENUE_CLOSED', 'OUT_OF_GEOFENCE', 'QR_EXPIRED', 'LOCATION_REQUIRED'])[1 + floor(v.u * 133)::int % 4]
                 END AS reason,
                 v.u > 0.97 AS offline
            FROM generate_series(1, 1 + floor(v.u * ve.checkpoints)::int) AS k
        ) s
        JOIN bench_checkpoint c ON c.venue_n = ve.n AND c.k = s.k
    ) x`;

/**
 * Writes a month of history the way the check-in writer would have (demo/history.ts): raw
 * check-ins, answers and the writer's own aggregates; the figures are left to the server's
 * folder, as in production. Set-based SQL, a day per transaction, so it shows progress.
 *
 * Skew: weekends bring 1.8× the visits; visits start later in the day more often than early
 * (afternoons are busiest); venue popularity falls off steeply with its number, so a few venues
 * take a large share.
 */
export async function loadStatsHistory(url: string, target: LoadTarget): Promise<void> {
  const db = new Client({ connectionString: url });
  await db.connect();
  const run: Run = async (sql, params) => (await db.query(sql, params)).rows;
  try {
    const weights = Array.from({ length: DAYS }, (_, i) => (isWeekend(i + 1) ? WEEKEND_FACTOR : 1));
    const perWeight = target.checkIns / STAMPS_PER_VISIT / weights.reduce((a, b) => a + b, 0);
    const [campaign] = (await db.query<{ id: string }>(`SELECT id FROM campaign LIMIT 1`)).rows;
    // Secondary indexes are built once at the end rather than row by row; the days never collide.
    for (const [name] of DEFERRED_INDEXES) await db.query(`DROP INDEX ${name}`);
    let total = 0;
    for (let day = 1; day <= DAYS; day++) {
      const visits = Math.round(perWeight * weights[day - 1]!);
      const date = `2025-09-${String(day).padStart(2, '0')}`;
      const started = performance.now();
      await db.query('BEGIN');
      await db.query(DAY_SCANS, [date, visits, target.visitors, target.venues]);
      total += await writeScans(run, campaign!.id, `bench-${date}`);
      await db.query('COMMIT');
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      target.onProgress(
        `day ${day}/${DAYS} (${date}): ${total.toLocaleString('en-US')} check-ins (${seconds} s)`,
      );
    }
    target.onProgress('indexes and trail progress');
    for (const [, create] of DEFERRED_INDEXES) await db.query(create);
    await writeTrailProgress(run);
    await db.query('ANALYZE');
  } finally {
    await db.end();
  }
}
