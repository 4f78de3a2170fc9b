import { DEFAULT_TIMEZONE } from '@xinghuo/shared';

/**
 * The folder's statements, with named parameters (`:name`, see `bind`). Each takes the rows to
 * fold as a selection: a window of new rows between two cursor positions, or (erasure) one
 * visitor's rows past the cursors. Dates leave PostgreSQL as text, never as JavaScript dates.
 */
export interface Selection {
  /** Raw check-ins to count: a predicate on `c` (check_in). */
  checkIns: string;
  /** First visits to fold into pairs: a predicate on `vv` (venue_visit). */
  visits: string;
  /** Visitors whose visit history is re-read: rows of (visitor_key). */
  visitors: string;
  /** The visit history of those visitors that the fold reads: a predicate on `vv`. */
  history: string;
  /** Visitors whose trail progress may have moved (a stamp on some trail): rows of (visitor_key). */
  progressed: string;
}

/** New rows between the cursors (:ckFrom, :ckTo] of check_in and (:vvFrom, :vvTo] of venue_visit. */
export const WINDOW: Selection = {
  checkIns: 'c.id > :ckFrom AND c.id <= :ckTo',
  visits: 'vv.seq > :vvFrom AND vv.seq <= :vvTo',
  visitors: 'SELECT DISTINCT visitor_key FROM venue_visit WHERE seq > :vvFrom AND seq <= :vvTo',
  history: 'vv.seq <= :vvTo',
  progressed: `SELECT DISTINCT c.visitor_id AS visitor_key FROM check_in c
                WHERE c.id > :ckFrom AND c.id <= :ckTo AND c.status = 'accepted'
                  AND c.checkpoint_id IN (SELECT checkpoint_id FROM trail_stop)`,
};

/** One visitor's rows past the cursors :ckFrom (check_in) and :vvFrom (venue_visit). */
export const ONE_VISITOR: Selection = {
  checkIns: 'c.visitor_id = :visitor AND c.id > :ckFrom',
  visits: 'vv.visitor_key = :visitor AND vv.seq > :vvFrom',
  visitors: 'SELECT :visitor::uuid AS visitor_key',
  history: 'true',
  progressed: 'SELECT :visitor::uuid AS visitor_key',
};

/** Named parameters to positional ones; `::casts` are left alone. */
export function bind(
  template: string,
  params: Record<string, unknown>,
): { text: string; values: unknown[] } {
  const order: string[] = [];
  const text = template.replace(/(?<!:):([a-zA-Z]\w*)/g, (_, name: string) => {
    if (!(name in params)) throw new Error(`no value for :${name}`);
    let i = order.indexOf(name);
    if (i === -1) i = order.push(name) - 1;
    return `$${i + 1}`;
  });
  return { text, values: order.map((name) => params[name]) };
}

/** The latest scope version of a venue (`venue` is a column reference). */
const latestScope = (venue: string) => `(
  SELECT s.scopes, s.kind_scopes FROM stat_venue_scope s
   WHERE s.venue_id = ${venue} ORDER BY s.from_seq DESC LIMIT 1)`;

/**
 * A new scope version for every venue of the selection that has none yet or whose region or
 * kind changed in the catalogue; it applies from the next venue_visit row to fold on.
 */
export const ensureScopes = (s: Selection) => `
  WITH venues AS (
    SELECT DISTINCT c.venue_id FROM check_in c WHERE ${s.checkIns} AND c.venue_id IS NOT NULL
    UNION
    SELECT DISTINCT vv.venue_id FROM venue_visit vv WHERE ${s.visits}
  ),
  current AS (
    SELECT v.id AS venue_id, string_to_array(rtrim(r.path, '/'), '/')::varchar[] AS regions,
           v.kind
      FROM venues x JOIN venue v ON v.id = x.venue_id JOIN region r ON r.code = v.region_code
  )
  INSERT INTO stat_venue_scope (venue_id, from_seq, regions, kind, scopes, kind_scopes)
  SELECT c.venue_id, :vvFrom::bigint + 1, c.regions, c.kind,
         c.regions || c.venue_id::varchar,
         ARRAY(SELECT g || '|' || c.kind FROM unnest(c.regions) g)::varchar[]
    FROM current c
    LEFT JOIN LATERAL (
      SELECT regions, kind FROM stat_venue_scope s
       WHERE s.venue_id = c.venue_id ORDER BY s.from_seq DESC LIMIT 1) l ON true
   WHERE l.regions IS DISTINCT FROM c.regions OR l.kind IS DISTINCT FROM c.kind
  ON CONFLICT (venue_id, from_seq) DO UPDATE
    SET regions = EXCLUDED.regions, kind = EXCLUDED.kind, scopes = EXCLUDED.scopes,
        kind_scopes = EXCLUDED.kind_scopes`;

/**
 * Adds the selection's check-ins to the per-scope counts. Only check-ins naming a venue and a
 * checkpoint are counted, as the writer's `check_in_stat` does; days and hours are the venue's.
 * Rows are summed per cell first, then per venue, and only then spread over the venue's scopes.
 */
export const foldCounts = (s: Selection) => `
  WITH cells AS MATERIALIZED (
    SELECT c.venue_id, c.checkpoint_id,
           (c.scanned_at AT TIME ZONE v.timezone)::date AS day,
           extract(hour FROM c.scanned_at AT TIME ZONE v.timezone)::smallint AS hour,
           CASE WHEN c.status <> 'accepted' THEN c.reason
                WHEN c.period_key = 'offline_replay' THEN 'offline_replay' ELSE 'accepted' END AS outcome,
           coalesce(vi.audience_group, 'unknown') AS grp,
           count(*)::int AS n, min(c.id) AS first_id, max(c.id) AS last_id
      FROM check_in c
      JOIN venue v ON v.id = c.venue_id
      -- One key lookup per row: a window is small next to the visitor table.
      LEFT JOIN LATERAL (
        SELECT audience_group FROM visitor WHERE id = c.visitor_id LIMIT 1) vi ON true
     WHERE ${s.checkIns} AND c.checkpoint_id IS NOT NULL
     GROUP BY 1, 2, 3, 4, 5, 6
  ),
  per_venue AS MATERIALIZED (
    SELECT x.*, vs.scopes, vs.kind_scopes
      FROM (SELECT venue_id, day, outcome, sum(n)::int AS n FROM cells GROUP BY 1, 2, 3) x
      CROSS JOIN LATERAL ${latestScope('x.venue_id')} vs
  ),
  by_day AS (
    INSERT INTO stat_scope_day AS t (scope, day, outcome, count)
    SELECT x.scope, r.day, r.outcome, sum(r.n)::int
      FROM per_venue r CROSS JOIN LATERAL unnest(r.scopes || r.kind_scopes) AS x(scope)
     GROUP BY 1, 2, 3
    ON CONFLICT (scope, day, outcome) DO UPDATE SET count = t.count + EXCLUDED.count
  ),
  by_hour AS (
    INSERT INTO stat_scope_hour AS t (scope, day, hour, count)
    SELECT x.scope, r.day, r.hour, sum(r.n)::int
      FROM (SELECT venue_id, day, hour, sum(n)::int AS n FROM cells
             WHERE outcome IN ('accepted', 'offline_replay') GROUP BY 1, 2, 3) r
      CROSS JOIN LATERAL ${latestScope('r.venue_id')} vs
      CROSS JOIN LATERAL unnest(vs.scopes) AS x(scope)
     GROUP BY 1, 2, 3
    ON CONFLICT (scope, day, hour) DO UPDATE SET count = t.count + EXCLUDED.count
  ),
  by_group AS (
    INSERT INTO stat_scope_group AS t (scope, day, audience_group, count)
    SELECT x.scope, r.day, r.grp, sum(r.n)::int
      FROM (SELECT venue_id, day, grp, sum(n)::int AS n FROM cells
             WHERE outcome IN ('accepted', 'offline_replay') GROUP BY 1, 2, 3) r
      CROSS JOIN LATERAL ${latestScope('r.venue_id')} vs
      CROSS JOIN LATERAL unnest(vs.scopes) AS x(scope)
     GROUP BY 1, 2, 3
    ON CONFLICT (scope, day, audience_group) DO UPDATE SET count = t.count + EXCLUDED.count
  ),
  by_checkpoint AS (
    INSERT INTO stat_checkpoint_day AS t (checkpoint_id, day, count)
    SELECT checkpoint_id, day, sum(n)::int FROM cells WHERE outcome IN ('accepted', 'offline_replay') GROUP BY 1, 2
    ON CONFLICT (checkpoint_id, day) DO UPDATE SET count = t.count + EXCLUDED.count
  ),
  span AS (
    INSERT INTO stat_day_span AS t (day, first_id, last_id)
    SELECT day, min(first_id), max(last_id) FROM cells WHERE outcome IN ('accepted', 'offline_replay') GROUP BY 1
    ON CONFLICT (day) DO UPDATE
      SET first_id = least(t.first_id, EXCLUDED.first_id),
          last_id = greatest(t.last_id, EXCLUDED.last_id)
  )
  SELECT coalesce(sum(n), 0)::int AS n FROM cells`;

/**
 * The visit history of every visitor the selection gives a first visit: their venue_visit rows
 * up to the window's end, each marked `folded` when an earlier fold already counted it, one
 * visitor's rows together, days as day numbers. The folder turns them into pair count changes
 * (unique-pairs.ts).
 */
export const visitHistory = (s: Selection) => `
  WITH touched AS (${s.visitors})
  SELECT vv.visitor_key AS visitor, vv.venue_id AS venue, vv.day - DATE '1970-01-01' AS day,
         vv.seq::float8 AS seq, vv.seq <= :vvFrom AS folded, vv.audience_group AS "group"
    FROM touched t JOIN venue_visit vv ON vv.visitor_key = t.visitor_key AND ${s.history}
   ORDER BY vv.visitor_key`;

/** Every scope version of every venue, for reading history the way it was folded. */
export const SCOPE_VERSIONS = `
  SELECT venue_id AS venue, from_seq::float8 AS "fromSeq", scopes FROM stat_venue_scope
   ORDER BY venue_id, from_seq`;

/** Adds pair count changes, given as JSON rows of {scope, prev_day, day, delta}. */
export const UPSERT_PAIRS = `
  INSERT INTO unique_pair AS t (scope, prev_day, day, count)
  SELECT scope, prev_day, day, delta
    FROM json_to_recordset(:rows::json) AS u(scope varchar, prev_day date, day date, delta int)
  ON CONFLICT (scope, day, prev_day) DO UPDATE SET count = t.count + EXCLUDED.count`;

/**
 * Moves each (trail, visitor) touched by the selection from the funnel cell it was folded in to
 * the one its current progress puts it in. Start days are read in DEFAULT_TIMEZONE: a trail can
 * cross venues. :edges holds the finish bucket edges.
 */
export const foldFunnels = (s: Selection) => `
  WITH touched AS (${s.progressed}),
  current AS (
    SELECT p.trail_id, p.visitor_key,
           (p.started_at AT TIME ZONE '${DEFAULT_TIMEZONE}')::date AS start_day,
           p.audience_group, p.collected, p.completed_at IS NOT NULL AS finished,
           CASE WHEN p.completed_at IS NOT NULL THEN width_bucket(
             greatest(extract(epoch FROM p.completed_at - p.started_at) / 60, 0)::float8,
             :edges::float8[])::smallint END AS bucket
      FROM touched t JOIN trail_progress p ON p.visitor_key = t.visitor_key
  ),
  changed AS MATERIALIZED (
    SELECT c.*, f.start_day AS f_start_day, f.audience_group AS f_group,
           f.collected AS f_collected, f.finished AS f_finished, f.bucket AS f_bucket
      FROM current c
      LEFT JOIN trail_fold f ON f.trail_id = c.trail_id AND f.visitor_key = c.visitor_key
     WHERE (c.start_day, c.audience_group, c.collected, c.finished, c.bucket)
           IS DISTINCT FROM (f.start_day, f.audience_group, f.collected, f.finished, f.bucket)
  ),
  funnel AS (
    INSERT INTO trail_funnel_stat AS t (trail_id, start_day, audience_group, collected, finished, count)
    SELECT trail_id, start_day, audience_group, collected, finished, sum(d)::int FROM (
      SELECT trail_id, start_day, audience_group, collected, finished, 1 AS d FROM changed
      UNION ALL
      SELECT trail_id, f_start_day, f_group, f_collected, f_finished, -1 FROM changed
       WHERE f_start_day IS NOT NULL
    ) x GROUP BY 1, 2, 3, 4, 5 HAVING sum(d) <> 0
    ON CONFLICT (trail_id, start_day, audience_group, collected, finished)
    DO UPDATE SET count = t.count + EXCLUDED.count
  ),
  finish AS (
    INSERT INTO trail_finish_stat AS t (trail_id, start_day, audience_group, bucket, count)
    SELECT trail_id, start_day, audience_group, bucket, sum(d)::int FROM (
      SELECT trail_id, start_day, audience_group, bucket, 1 AS d FROM changed WHERE bucket IS NOT NULL
      UNION ALL
      SELECT trail_id, f_start_day, f_group, f_bucket, -1 FROM changed WHERE f_bucket IS NOT NULL
    ) x GROUP BY 1, 2, 3, 4 HAVING sum(d) <> 0
    ON CONFLICT (trail_id, start_day, audience_group, bucket)
    DO UPDATE SET count = t.count + EXCLUDED.count
  ),
  saved AS (
    INSERT INTO trail_fold AS t (trail_id, visitor_key, start_day, audience_group, collected, finished, bucket)
    SELECT trail_id, visitor_key, start_day, audience_group, collected, finished, bucket FROM changed
    ON CONFLICT (trail_id, visitor_key) DO UPDATE
      SET start_day = EXCLUDED.start_day, audience_group = EXCLUDED.audience_group,
          collected = EXCLUDED.collected, finished = EXCLUDED.finished, bucket = EXCLUDED.bucket
  )
  SELECT count(*)::int AS n FROM changed`;

/**
 * Repeats have no raw row (a repeat scan writes none), so their counts are recomputed from the
 * writer's `check_in_stat` for days from :since on and replace what was there: the days a late scan
 * can still reach.
 */
export const REFOLD_REPEATS = `
  WITH fresh AS MATERIALIZED (
    SELECT x.scope, cs.day, sum(cs.count)::int AS count
      FROM check_in_stat cs
      CROSS JOIN LATERAL ${latestScope('cs.venue_id')} vs
      CROSS JOIN LATERAL unnest(vs.scopes || vs.kind_scopes) AS x(scope)
     WHERE cs.outcome = 'repeat' AND cs.day >= :since::date
     GROUP BY 1, 2
  ),
  up AS (
    INSERT INTO stat_scope_day AS t (scope, day, outcome, count)
    SELECT scope, day, 'repeat', count FROM fresh
    ON CONFLICT (scope, day, outcome) DO UPDATE SET count = EXCLUDED.count
     WHERE t.count <> EXCLUDED.count
  )
  DELETE FROM stat_scope_day t
   WHERE t.outcome = 'repeat' AND t.day >= :since::date
     AND NOT EXISTS (SELECT 1 FROM fresh f WHERE f.scope = t.scope AND f.day = t.day)`;
