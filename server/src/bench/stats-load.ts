import { performance } from 'node:perf_hooks';
import { Client } from 'pg';

export interface LoadTarget {
  /** Accepted check-ins wanted over the month, roughly. */
  checkIns: number;
  visitors: number;
  venues: number;
  onProgress: (message: string) => void;
}

const DAYS = 30;
/** 2025-09-01 was a Monday. */
const isWeekend = (day: number) => [6, 0].includes(day % 7);
const WEEKEND_FACTOR = 1.8;
/** Stamps per visit average about 2.5 (one to all of a venue's 3–5 checkpoints). */
const STAMPS_PER_VISIT = 2.5;
const LOCAL = `(d.at AT TIME ZONE 'Asia/Shanghai')`;

/**
 * One day's scans, before they become rows: visits (a visitor at a venue, deduplicated so a
 * stamp is never given twice), each stamping one to all of the venue's checkpoints 12 minutes
 * apart. A visit in 33 is refused at its first checkpoint; one in 33 was scanned offline and
 * sent 3 hours later; one stamp in 20 is scanned twice (a repeat); two in five at a question are
 * answered, seven in ten of those right.
 */
const DAY_ROWS = `
  CREATE TEMP TABLE day_rows ON COMMIT DROP AS
  SELECT vi.id AS visitor_id, coalesce(vi.audience_group, 'unknown') AS grp, c.id AS checkpoint_id,
         c.venue_id, c.asks, s.status, s.reason, s.at, s.offline,
         random() AS answer_u, random() < 0.05 AS repeated
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
    JOIN bench_checkpoint c ON c.venue_n = ve.n AND c.k = s.k`;

/** The day's raw check-ins in scan order, and the answers to the stamps that have one. */
const DAY_CHECK_INS = `
  WITH ins AS (
    INSERT INTO check_in (visitor_id, checkpoint_id, venue_id, campaign_id, status, reason, period_key,
                          scanned_at, received_at, source, idempotency_key, geofence, accuracy_bucket)
    SELECT visitor_id, checkpoint_id, venue_id, $2, status, reason,
           CASE WHEN status = 'accepted' THEN $1 END, at,
           at + CASE WHEN offline THEN interval '3 hours' ELSE interval '1 second' END,
           CASE WHEN offline THEN 'offline' ELSE 'live' END,
           'bench-' || $1 || '-' || row_number() OVER (), 'none', NULL
      FROM day_rows ORDER BY at
    RETURNING id, visitor_id, checkpoint_id, status, scanned_at
  ),
  answers AS (
    INSERT INTO check_in_answer (check_in_id, choice, correct, answer_index, answered_at)
    SELECT i.id, CASE WHEN d.answer_u < 0.28 THEN 1 ELSE 2 END, d.answer_u < 0.28, 1,
           i.scanned_at + interval '1 minute'
      FROM ins i JOIN day_rows d ON d.visitor_id = i.visitor_id AND d.checkpoint_id = i.checkpoint_id
     WHERE i.status = 'accepted' AND d.asks AND d.answer_u < 0.4
  )
  SELECT count(*)::int AS n FROM ins`;

/** What the writer keeps beside the day's check-ins: hourly counts with repeats, first visits, learning. */
const DAY_AGGREGATES = [
  `INSERT INTO check_in_stat (venue_id, checkpoint_id, day, hour, audience_group, outcome, count)
   SELECT venue_id, checkpoint_id, ${LOCAL}::date, extract(hour FROM ${LOCAL})::smallint, grp,
          CASE WHEN status = 'accepted' THEN 'accepted' ELSE reason END, count(*)
     FROM day_rows d GROUP BY 1, 2, 3, 4, 5, 6
   UNION ALL
   SELECT venue_id, checkpoint_id, ${LOCAL}::date, extract(hour FROM ${LOCAL})::smallint, grp,
          'repeat', count(*)
     FROM day_rows d WHERE status = 'accepted' AND repeated GROUP BY 1, 2, 3, 4, 5`,
  `INSERT INTO venue_visit (venue_id, day, visitor_key, audience_group, first_hour)
   SELECT venue_id, day, visitor_id, grp, first_hour FROM (
     SELECT venue_id, ${LOCAL}::date AS day, visitor_id, grp,
            min(extract(hour FROM ${LOCAL}))::smallint AS first_hour, min(at) AS first_at
       FROM day_rows d WHERE status = 'accepted' GROUP BY 1, 2, 3, 4) x
    ORDER BY first_at`,
  `INSERT INTO learning_stat (checkpoint_id, day, answered, correct)
   SELECT checkpoint_id, ${LOCAL}::date, count(*), count(*) FILTER (WHERE answer_u < 0.28)
     FROM day_rows d WHERE status = 'accepted' AND asks AND answer_u < 0.4 GROUP BY 1, 2`,
];

/**
 * Writes a month of history the way the check-in writer would have: raw check-ins (accepted,
 * and rejections with their reasons), the writer's own aggregates (`check_in_stat` with its
 * repeats, `venue_visit` in arrival order, `trail_progress`) and answers to questions with the
 * learning counts. Everything else (the figures) is left to the server's folder, as in
 * production. Set-based SQL, a day per transaction, so it shows progress.
 *
 * Skew: weekends bring 1.8× the visits; visits start later in the day more often than early
 * (afternoons are busiest); venue popularity falls off steeply with its number, so a few venues
 * take a large share.
 */
export async function loadStatsHistory(url: string, target: LoadTarget): Promise<void> {
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    const weights = Array.from({ length: DAYS }, (_, i) => (isWeekend(i + 1) ? WEEKEND_FACTOR : 1));
    const perWeight = target.checkIns / STAMPS_PER_VISIT / weights.reduce((a, b) => a + b, 0);
    const [campaign] = (await db.query<{ id: string }>(`SELECT id FROM campaign LIMIT 1`)).rows;
    // Secondary indexes are built once at the end rather than row by row; the days never collide.
    await db.query(`DROP INDEX check_in_visitor_idx`);
    await db.query(`DROP INDEX check_in_stamp_key`);
    let total = 0;
    for (let day = 1; day <= DAYS; day++) {
      const visits = Math.round(perWeight * weights[day - 1]!);
      const date = `2025-09-${String(day).padStart(2, '0')}`;
      const t0 = performance.now();
      await db.query('BEGIN');
      await db.query(DAY_ROWS, [date, visits, target.visitors, target.venues]);
      const t1 = performance.now();
      const { rows } = await db.query<{ n: number }>(DAY_CHECK_INS, [date, campaign!.id]);
      const t2 = performance.now();
      for (const sql of DAY_AGGREGATES) await db.query(sql);
      await db.query('COMMIT');
      const t3 = performance.now();
      total += rows[0]!.n;
      const s = (a: number, b: number) => ((b - a) / 1000).toFixed(1);
      target.onProgress(
        `day ${day}/${DAYS} (${date}): ${total.toLocaleString('en-US')} check-ins ` +
          `(scans ${s(t0, t1)} s, rows ${s(t1, t2)} s, writer's aggregates ${s(t2, t3)} s)`,
      );
    }
    target.onProgress('indexes and trail progress');
    await db.query(`CREATE INDEX check_in_visitor_idx ON check_in (visitor_id, scanned_at)`);
    await db.query(
      `CREATE UNIQUE INDEX check_in_stamp_key ON check_in (visitor_id, checkpoint_id, campaign_id, period_key)
        WHERE status = 'accepted'`,
    );
    await db.query(TRAIL_PROGRESS);
    await db.query('ANALYZE');
  } finally {
    await db.end();
  }
}

/** Each visitor's progress on each trail, from their first stamp at each of its checkpoints. */
const TRAIL_PROGRESS = `
  INSERT INTO trail_progress (trail_id, visitor_key, collected, total, audience_group, started_at,
                              completed_at, updated_at)
  SELECT p.trail_id, p.visitor_id, p.collected, p.total, coalesce(vi.audience_group, 'unknown'),
         p.started_at, CASE WHEN p.collected = p.total THEN p.last_first END, now()
    FROM (
      SELECT f.trail_id, f.visitor_id, count(*)::int AS collected, t.total,
             min(f.first_at) AS started_at, max(f.first_at) AS last_first
        FROM (SELECT s.trail_id, c.visitor_id, c.checkpoint_id, min(c.scanned_at) AS first_at
                FROM check_in c JOIN trail_stop s ON s.checkpoint_id = c.checkpoint_id
               WHERE c.status = 'accepted' GROUP BY 1, 2, 3) f
        JOIN (SELECT trail_id, count(DISTINCT checkpoint_id)::int AS total FROM trail_stop GROUP BY 1) t
          ON t.trail_id = f.trail_id
       GROUP BY f.trail_id, f.visitor_id, t.total) p
    JOIN visitor vi ON vi.id = p.visitor_id`;
