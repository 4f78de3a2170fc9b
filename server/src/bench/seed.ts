import { AUDIENCE_GROUPS } from '@xinghuo/shared';
import { Client } from 'pg';

export interface BenchCheckpoint {
  id: string;
  venueId: string;
  codeNo: number;
  qrVersion: number;
}

export interface BenchCatalogue {
  campaignId: string;
  checkpoints: BenchCheckpoint[];
  visitorIds: string[];
  /** Checkpoints that belong to at least one published trail. */
  trailCheckpoints: number;
}

export interface SeedOptions {
  venues: number;
  checkpointsPerVenue: number;
  visitors: number;
  /** Each trail takes this many checkpoints, spread across venues. */
  trailStops: number;
  trails: number;
}

const DAY_MS = 86_400_000;

/**
 * The smallest catalogue on which a check-in is accepted: one region chain, published venues with
 * no opening hours and no geofence (so every scan passes), static checkpoints, published trails
 * (so trail progress is written on a share of the scans), an open per-day campaign and visitors.
 * Plain SQL in bulk: the seeding is not what is measured and should take seconds.
 */
export async function seedBenchData(url: string, options: SeedOptions): Promise<BenchCatalogue> {
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    await db.query('BEGIN');
    await db.query(
      `INSERT INTO region (code, name, level, parent_code, path) VALUES
         ('100000', '全国', 'national', NULL, '100000/'),
         ('130000', '河北省', 'province', '100000', '100000/130000/'),
         ('130200', '唐山市', 'city', '130000', '100000/130000/130200/'),
         ('130202', '路南区', 'county', '130200', '100000/130000/130200/130202/')
       ON CONFLICT (code) DO NOTHING`,
    );

    const venueIds = (
      await db.query<{ id: string }>(
        `INSERT INTO venue (name, kind, region_code, address, lat, lng, host, status)
         SELECT '压测星火馆 ' || n, 'spark_hall', '130202', '唐山市路南区压测路 ' || n || ' 号',
                39.62 + n * 0.001, 118.18 + n * 0.001, '唐山市科协', 'published'
           FROM generate_series(1, $1::int) AS n
         RETURNING id`,
        [options.venues],
      )
    ).rows.map((r) => r.id);

    const checkpoints = (
      await db.query<{ id: string; venue_id: string; code_no: number; qr_version: number }>(
        `INSERT INTO checkpoint (venue_id, name, card, sort_order)
         SELECT v.id, '展项 ' || n,
                jsonb_build_object('title', '展项 ' || n, 'body', repeat('科学知识小卡片。', 20)), n
           FROM unnest($1::uuid[]) AS v(id), generate_series(1, $2::int) AS n
         RETURNING id, venue_id, code_no, qr_version`,
        [venueIds, options.checkpointsPerVenue],
      )
    ).rows.map((r) => ({
      id: r.id,
      venueId: r.venue_id,
      codeNo: r.code_no,
      qrVersion: r.qr_version,
    }));

    // Trails take every 7th checkpoint, so they cross venues (and, while 7 does not divide the
    // checkpoint count, no two trails share a stop); the first trail is ordered, the rest free.
    const onTrail = new Set<string>();
    for (let t = 0; t < options.trails; t++) {
      const trailId = (
        await db.query<{ id: string }>(
          `INSERT INTO trail (name, topic, audience_groups, ordered, estimated_minutes, region_code, status)
           VALUES ($1, 'ai', '{teenager}', $2, 90, '130200', 'published') RETURNING id`,
          [`压测路线 ${t + 1}`, t === 0],
        )
      ).rows[0]!.id;
      const stops: string[] = [];
      for (let s = 0; s < options.trailStops; s++) {
        const checkpoint = checkpoints[((t * options.trailStops + s) * 7) % checkpoints.length];
        if (checkpoint && !stops.includes(checkpoint.id)) stops.push(checkpoint.id);
      }
      stops.forEach((id) => onTrail.add(id));
      await db.query(
        `INSERT INTO trail_stop (trail_id, position, checkpoint_id)
         SELECT $1, position - 1, id FROM unnest($2::uuid[]) WITH ORDINALITY AS u(id, position)`,
        [trailId, stops],
      );
    }

    const now = Date.now();
    const campaignId = (
      await db.query<{ id: string }>(
        `INSERT INTO campaign (name, theme, starts_at, ends_at, stamp_rule, region_code)
         VALUES ('压测活动', '基准测试', $1, $2, 'per_day', '100000') RETURNING id`,
        [new Date(now - DAY_MS), new Date(now + 30 * DAY_MS)],
      )
    ).rows[0]!.id;

    // One index past the end of the array yields NULL: some visitors never said who they are.
    const visitorIds = (
      await db.query<{ id: string }>(
        `INSERT INTO visitor (audience_group)
         SELECT ($1::varchar[])[1 + n % (cardinality($1::varchar[]) + 1)]
           FROM generate_series(1, $2::int) AS n
         RETURNING id`,
        [[...AUDIENCE_GROUPS], options.visitors],
      )
    ).rows.map((r) => r.id);

    await db.query('COMMIT');
    // Fresh tables have no statistics; without them the first batches may plan badly.
    await db.query('ANALYZE');
    return { campaignId, checkpoints, visitorIds, trailCheckpoints: onTrail.size };
  } catch (error) {
    await db.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await db.end();
  }
}
