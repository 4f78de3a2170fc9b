import type { CheckInSource } from '@xinghuo/shared';
import type { CheckInOutcome, PendingCheckIn } from './check-in.types';

/** A stamp as the statements return it. */
export interface StampRow {
  id: string;
  visitor_id: string;
  checkpoint_id: string;
  scanned_at: Date;
  received_at: Date;
  source: CheckInSource;
}

export const INSERT_AND_READ = `
  WITH input AS (
    SELECT * FROM json_to_recordset($1::json)
      AS u(i int, visitor_id uuid, checkpoint_id uuid, venue_id uuid, campaign_id uuid, status varchar,
           reason varchar, period_key varchar, scanned_at timestamptz, received_at timestamptz,
           source varchar, idempotency_key varchar, geofence varchar, accuracy_bucket varchar)
  ),
  known AS (
    SELECT n.*, v.audience_group, v.id IS NOT NULL AS visitor_exists,
           r.request_hash AS stored_hash, r.status_code AS stored_status, r.response AS stored_response
      FROM input n
      LEFT JOIN LATERAL (SELECT id, audience_group FROM visitor WHERE id = n.visitor_id LIMIT 1) v ON true
      LEFT JOIN LATERAL (SELECT * FROM idempotency_record r
                          WHERE r.visitor_id = n.visitor_id AND r.key = n.idempotency_key LIMIT 1) r ON true
  ),
  ins AS (
    INSERT INTO check_in (visitor_id, checkpoint_id, venue_id, campaign_id, status, reason, period_key,
                          scanned_at, received_at, source, idempotency_key, geofence, accuracy_bucket)
    SELECT visitor_id, checkpoint_id, venue_id, campaign_id, status, reason, period_key,
           scanned_at, received_at, source, idempotency_key, geofence, accuracy_bucket
      -- A code that named no checkpoint is only counted (check_in_stat), never recorded.
      FROM known WHERE visitor_exists AND stored_hash IS NULL AND checkpoint_id IS NOT NULL ORDER BY i
    ON CONFLICT (visitor_id, checkpoint_id, campaign_id, period_key) WHERE status = 'accepted' DO NOTHING
    RETURNING id, visitor_id, checkpoint_id, campaign_id, period_key, idempotency_key, status,
              scanned_at, received_at, source
  ),
  prior AS (
    SELECT c.id, c.visitor_id, c.checkpoint_id, c.campaign_id, c.period_key, c.scanned_at, c.received_at, c.source
      FROM known k
      CROSS JOIN LATERAL (
        SELECT * FROM check_in c
         WHERE c.visitor_id = k.visitor_id AND c.checkpoint_id = k.checkpoint_id
           AND c.campaign_id = k.campaign_id AND c.period_key = k.period_key AND c.status = 'accepted'
         LIMIT 1
      ) c
     WHERE k.status = 'accepted' AND k.visitor_exists AND k.stored_hash IS NULL
  ),
  stamped AS (
    SELECT DISTINCT visitor_id, checkpoint_id FROM check_in
     WHERE status = 'accepted' AND visitor_id = ANY($2::uuid[]) AND checkpoint_id = ANY($3::uuid[])
  ),
  progress AS (
    SELECT p.trail_id, p.visitor_key, p.completed_at
      FROM json_to_recordset($4::json) AS k(trail_id uuid, visitor_key uuid)
      -- One primary-key lookup per pair, whatever the planner guesses of the input's size (the
      -- LIMIT keeps the subquery from being flattened into a join it might hash).
      CROSS JOIN LATERAL (
        SELECT * FROM trail_progress p
         WHERE p.trail_id = k.trail_id AND p.visitor_key = k.visitor_key AND p.completed_at IS NOT NULL
         LIMIT 1
      ) p
  )
  SELECT
    (SELECT coalesce(json_agg(json_build_object('i', i, 'exists', visitor_exists, 'audience', audience_group,
              'hash', stored_hash, 'status', stored_status, 'response', stored_response)), '[]') FROM known) AS known,
    (SELECT coalesce(json_agg(ins), '[]') FROM ins) AS ins,
    (SELECT coalesce(json_agg(prior), '[]') FROM prior) AS prior,
    (SELECT coalesce(json_agg(stamped), '[]') FROM stamped) AS stamped,
    (SELECT coalesce(json_agg(progress), '[]') FROM progress) AS progress`;

export const WRITE_DERIVED = `
  WITH stat AS (
    INSERT INTO check_in_stat (venue_id, checkpoint_id, day, hour, audience_group, outcome, count)
    SELECT * FROM json_to_recordset($1::json)
      AS u(venue_id uuid, checkpoint_id uuid, day date, hour smallint, audience_group varchar,
           outcome varchar, count int)
    ON CONFLICT (venue_id, checkpoint_id, day, hour, audience_group, outcome)
    DO UPDATE SET count = check_in_stat.count + EXCLUDED.count
  ),
  visit AS (
    INSERT INTO venue_visit (venue_id, day, visitor_key, audience_group, first_hour)
    SELECT * FROM json_to_recordset($2::json)
      AS u(venue_id uuid, day date, visitor_key uuid, audience_group varchar, first_hour smallint)
    ON CONFLICT DO NOTHING
  ),
  progress AS (
    INSERT INTO trail_progress (trail_id, visitor_key, collected, total, audience_group, started_at,
                                completed_at, updated_at)
    SELECT trail_id, visitor_key, collected, total, audience_group, started_at, completed_at, now()
      FROM json_to_recordset($3::json)
        AS u(trail_id uuid, visitor_key uuid, collected int, total int, audience_group varchar,
             started_at timestamptz, completed_at timestamptz)
    ON CONFLICT (trail_id, visitor_key) DO UPDATE
      SET collected = EXCLUDED.collected, total = EXCLUDED.total, updated_at = now(),
          completed_at = COALESCE(trail_progress.completed_at, EXCLUDED.completed_at)
  )
  INSERT INTO idempotency_record (visitor_id, key, request_hash, status_code, response)
  SELECT * FROM json_to_recordset($4::json)
    AS u(visitor_id uuid, key varchar, request_hash char(64), status_code smallint, response jsonb)
  ON CONFLICT DO NOTHING`;

/** What INSERT_AND_READ returns: one row of JSON arrays. */
export interface BatchRead {
  known: Array<{
    i: number;
    exists: boolean;
    audience: string | null;
    hash: string | null;
    status: number | null;
    response: unknown;
  }>;
  ins: Array<
    StampRow & { campaign_id: string; period_key: string; idempotency_key: string; status: string }
  >;
  prior: Array<StampRow & { campaign_id: string; period_key: string }>;
  stamped: Array<{ visitor_id: string; checkpoint_id: string }>;
  progress: Array<{ trail_id: string; visitor_key: string; completed_at: string }>;
}

/**
 * The stored answers, the fourth input of WRITE_DERIVED. Built by hand to embed each answer as
 * JSON rather than as an escaped string; every other field is a UUID, a key of [A-Za-z0-9_-],
 * a hex digest or a number.
 */
export function answersInput(
  items: ReadonlyArray<{ item: PendingCheckIn; outcome: CheckInOutcome }>,
): string {
  return `[${items
    .map(
      ({ item, outcome }) =>
        `{"visitor_id":"${item.visitorId}","key":"${item.idempotencyKey}",` +
        `"request_hash":"${item.requestHash}","status_code":${outcome.statusCode},` +
        `"response":${outcome.stored ?? outcome.json}}`,
    )
    .join(',')}]`;
}
