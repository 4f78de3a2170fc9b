/**
 * Writing a made-up history the way the check-in writer would have written it, set-based, for
 * the demo data and `pnpm bench:stats`. The caller fills a temporary table `scans` (inside its
 * transaction) with one row per scan:
 *
 *   visitor_id uuid, grp varchar (audience group or 'unknown'), checkpoint_id uuid, venue_id uuid,
 *   status 'accepted' | 'rejected', reason varchar (rejections), at timestamptz, offline boolean,
 *   answered boolean, correct boolean, repeated boolean (scanned twice: one repeat)
 *
 * with at most one accepted scan per visitor, checkpoint and local day. These functions turn it
 * into raw check-ins, answers and the writer's own aggregates; the figures themselves are left
 * to the stats folder, as in production.
 */
export type Run = (sql: string, params?: unknown[]) => Promise<unknown[]>;

const LOCAL = `(s.at AT TIME ZONE v.timezone)`;

/** Raw check-ins in scan order and the answers to the stamps that have one; returns how many. */
export async function writeScans(run: Run, campaignId: string, keyPrefix: string): Promise<number> {
  const [row] = (await run(
    `WITH ins AS (
       INSERT INTO check_in (visitor_id, checkpoint_id, venue_id, campaign_id, status, reason, period_key,
                             scanned_at, received_at, source, idempotency_key, geofence, accuracy_bucket)
       SELECT s.visitor_id, s.checkpoint_id, s.venue_id, $1, s.status, s.reason,
              CASE WHEN s.status = 'accepted' THEN to_char(${LOCAL}, 'YYYY-MM-DD') END, s.at,
              s.at + CASE WHEN s.offline THEN interval '3 hours' ELSE interval '1 second' END,
              CASE WHEN s.offline THEN 'offline' ELSE 'live' END,
              $2 || '-' || md5(s.visitor_id::text || s.checkpoint_id::text || s.at::text), 'none', NULL
         FROM scans s JOIN venue v ON v.id = s.venue_id
        ORDER BY s.at
       RETURNING id, visitor_id, checkpoint_id, status, scanned_at
     ),
     answers AS (
       INSERT INTO check_in_answer (check_in_id, choice, correct, answer_index, answered_at)
       SELECT i.id, CASE WHEN s.correct THEN (cp.answer->>'answerIndex')::int
                         ELSE ((cp.answer->>'answerIndex')::int + 1) % jsonb_array_length(cp.card->'question'->'options') END,
              s.correct, (cp.answer->>'answerIndex')::int, i.scanned_at + interval '1 minute'
         FROM ins i
         JOIN scans s ON s.visitor_id = i.visitor_id AND s.checkpoint_id = i.checkpoint_id AND s.at = i.scanned_at
         JOIN checkpoint cp ON cp.id = i.checkpoint_id
        WHERE i.status = 'accepted' AND s.answered AND cp.answer IS NOT NULL
     )
     SELECT count(*)::int AS n FROM ins`,
    [campaignId, keyPrefix],
  )) as Array<{ n: number }>;
  await run(`
    INSERT INTO check_in_stat (venue_id, checkpoint_id, day, hour, audience_group, outcome, count)
    SELECT s.venue_id, s.checkpoint_id, ${LOCAL}::date, extract(hour FROM ${LOCAL})::smallint, s.grp,
           CASE WHEN s.status = 'accepted' THEN 'accepted' ELSE s.reason END, count(*)
      FROM scans s JOIN venue v ON v.id = s.venue_id GROUP BY 1, 2, 3, 4, 5, 6
    UNION ALL
    SELECT s.venue_id, s.checkpoint_id, ${LOCAL}::date, extract(hour FROM ${LOCAL})::smallint, s.grp,
           'repeat', count(*)
      FROM scans s JOIN venue v ON v.id = s.venue_id
     WHERE s.status = 'accepted' AND s.repeated GROUP BY 1, 2, 3, 4, 5
    ON CONFLICT (venue_id, checkpoint_id, day, hour, audience_group, outcome)
    DO UPDATE SET count = check_in_stat.count + EXCLUDED.count`);
  await run(`
    INSERT INTO venue_visit (venue_id, day, visitor_key, audience_group, first_hour)
    SELECT venue_id, day, visitor_id, grp, first_hour FROM (
      SELECT s.venue_id, ${LOCAL}::date AS day, s.visitor_id, s.grp,
             min(extract(hour FROM ${LOCAL}))::smallint AS first_hour, min(s.at) AS first_at
        FROM scans s JOIN venue v ON v.id = s.venue_id WHERE s.status = 'accepted' GROUP BY 1, 2, 3, 4) x
     ORDER BY first_at
    ON CONFLICT DO NOTHING`);
  await run(`
    INSERT INTO learning_stat AS t (checkpoint_id, day, answered, correct)
    SELECT s.checkpoint_id, ${LOCAL}::date, count(*), count(*) FILTER (WHERE s.correct)
      FROM scans s JOIN venue v ON v.id = s.venue_id JOIN checkpoint cp ON cp.id = s.checkpoint_id
     WHERE s.status = 'accepted' AND s.answered AND cp.answer IS NOT NULL GROUP BY 1, 2
    ON CONFLICT (checkpoint_id, day) DO UPDATE
      SET answered = t.answered + EXCLUDED.answered, correct = t.correct + EXCLUDED.correct`);
  return row?.n ?? 0;
}

/**
 * Every visitor's progress on every published trail, from their first stamp at each of its
 * checkpoints, after all scans are written (progress spans days).
 */
export async function writeTrailProgress(run: Run): Promise<void> {
  await run(`
    INSERT INTO trail_progress (trail_id, visitor_key, collected, total, audience_group, started_at,
                                completed_at, updated_at)
    SELECT p.trail_id, p.visitor_id, p.collected, p.total, coalesce(vi.audience_group, 'unknown'),
           p.started_at, CASE WHEN p.collected = p.total THEN p.last_first END, now()
      FROM (
        SELECT f.trail_id, f.visitor_id, count(*)::int AS collected, t.total,
               min(f.first_at) AS started_at, max(f.first_at) AS last_first
          FROM (SELECT s.trail_id, c.visitor_id, c.checkpoint_id, min(c.scanned_at) AS first_at
                  FROM check_in c JOIN trail_stop s ON s.checkpoint_id = c.checkpoint_id
                  JOIN trail tr ON tr.id = s.trail_id AND tr.status = 'published'
                 WHERE c.status = 'accepted' GROUP BY 1, 2, 3) f
          JOIN (SELECT trail_id, count(DISTINCT checkpoint_id)::int AS total FROM trail_stop GROUP BY 1) t
            ON t.trail_id = f.trail_id
         GROUP BY f.trail_id, f.visitor_id, t.total) p
      JOIN visitor vi ON vi.id = p.visitor_id`);
}
