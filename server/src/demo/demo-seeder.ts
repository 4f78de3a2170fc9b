import { splitScienceCard } from '@xinghuo/shared';
import { DataSource, type EntityManager, In } from 'typeorm';
import { Account } from '../auth/account.entity';
import { hashPassword } from '../auth/password';
import { Campaign } from '../campaigns/campaign.entity';
import { dataSourceOptions } from '../database/data-source';
import { Region } from '../regions/region.entity';
import { TrailStop } from '../trails/trail-stop.entity';
import { Trail } from '../trails/trail.entity';
import { Checkpoint } from '../venues/checkpoint.entity';
import { Venue } from '../venues/venue.entity';
import { ensureDemoAccounts } from './demo-accounts';
import { DEMO_TRAILS, DEMO_VENUES } from './demo-content';
import { type SeededIds, seedReviewQueue } from './demo-workflow';
import { type Run, writeScans, writeTrailProgress } from './history';

export const DEMO_PASSWORD = 'kepu2025';
const DAY_MS = 86_400_000;
const DEMO_VISITORS = 9_000;
/** Outings drawn before the weekday thinning (about two in three are kept). */
const DEMO_OUTINGS = 40_000;

/**
 * Loads the demo catalogue, campaigns, accounts, review queue and the 2025 campaign's history,
 * once: a database that already holds the demo staff account keeps its data (and the demo
 * campaign's window, fixed at the first start) and only gains demo accounts it lacks. Returns
 * whether the demo was loaded now.
 */
export async function seedDemoData(url: string, now = new Date()): Promise<boolean> {
  const ds = new DataSource(dataSourceOptions(url));
  await ds.initialize();
  try {
    const fresh = !(await ds.getRepository(Account).existsBy({ username: 'demo-staff' }));
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    await ds.transaction(async (tx) => {
      const ids = fresh ? await seedCatalogue(tx) : null;
      if (ids) await seedCampaigns(tx, now);
      await ensureDemoAccounts(tx, passwordHash);
      if (ids) {
        await seedReviewQueue(tx, ids, now);
        await seedHistory(tx, ids);
      }
    });
    return fresh;
  } finally {
    await ds.destroy();
  }
}

/** Regions come from the division dataset, loaded at boot before the demo. */
async function seedCatalogue(tx: EntityManager): Promise<SeededIds> {
  const needed = [...new Set([...DEMO_VENUES, ...DEMO_TRAILS].map((x) => x.regionCode))];
  const found = await tx.getRepository(Region).countBy({ code: In(needed) });
  if (found !== needed.length) {
    throw new Error('demo data needs the region dataset: run loadRegionDataset first');
  }
  const venues = new Map<string, string>();
  const checkpoints = new Map<string, string>();
  for (const v of DEMO_VENUES) {
    const { checkpoints: cps, key, ...fields } = v;
    const saved = await tx
      .getRepository(Venue)
      .save(tx.getRepository(Venue).create({ ...fields, status: 'published' }));
    venues.set(key, saved.id);
    for (const [i, c] of cps.entries()) {
      const cp = await tx.getRepository(Checkpoint).save(
        tx.getRepository(Checkpoint).create({
          venueId: saved.id,
          name: c.name,
          ...splitScienceCard(c.card),
          qrMode: c.qrMode,
          sortOrder: i,
        }),
      );
      checkpoints.set(c.key, cp.id);
    }
  }
  const trails = new Map<string, string>();
  for (const t of DEMO_TRAILS) {
    const { stops, key, ...fields } = t;
    const saved = await tx
      .getRepository(Trail)
      .save(tx.getRepository(Trail).create({ ...fields, status: 'published' }));
    trails.set(key, saved.id);
    await tx.getRepository(TrailStop).insert(
      stops.map((cpKey, position) => ({
        trailId: saved.id,
        position,
        checkpointId: checkpoints.get(cpKey)!,
      })),
    );
  }
  return { venues, checkpoints, trails };
}

async function seedCampaigns(tx: EntityManager, now: Date): Promise<void> {
  const repo = tx.getRepository(Campaign);
  await repo.insert([
    {
      name: '2025年全国科普月',
      theme: '提升全民科学素质 夯实科技强国基础',
      startsAt: new Date('2025-09-01T00:00:00+08:00'),
      endsAt: new Date('2025-10-01T00:00:00+08:00'),
      stampRule: 'per_day',
      regionCode: '100000',
    },
    {
      name: '星火探馆体验周（演示）',
      theme: '走进科普星火馆 感知身边的科技魅力',
      startsAt: new Date(now.getTime() - 7 * DAY_MS),
      endsAt: new Date(now.getTime() + 30 * DAY_MS),
      stampRule: 'per_day',
      regionCode: '100000',
    },
  ]);
}

/**
 * The 2025 campaign's history: about 56,000 check-ins over September by 9,000 visitors, at every
 * demo venue (a few far busier than the rest, weekends busier than weekdays), single-venue
 * visits and trail walks that stop somewhere along the trail, rejections, offline scans, repeats
 * and answers to the questions. One set-based statement builds the scans with a fixed random
 * seed, so every fresh demo holds the same history; demo/history.ts writes them as the check-in
 * writer would, and the stats folder folds them at start, as it does live check-ins.
 */
async function seedHistory(tx: EntityManager, ids: SeededIds): Promise<void> {
  const campaign = await tx.getRepository(Campaign).findOneByOrFail({ name: '2025年全国科普月' });
  const run: Run = (sql, params) => tx.query(sql, params) as Promise<unknown[]>;
  const checkpoints = DEMO_VENUES.flatMap((v, venueN) =>
    v.checkpoints.map((c, k) => ({
      venueN,
      k,
      id: ids.checkpoints.get(c.key)!,
      venue: ids.venues.get(v.key)!,
    })),
  );
  const stops = DEMO_TRAILS.flatMap((t, trailN) =>
    t.stops.map((key, position) => ({ trailN, position, id: ids.checkpoints.get(key)! })),
  );
  await run(`SELECT setseed(0.2025)`);
  await run(
    `CREATE TEMP TABLE demo_visitor ON COMMIT DROP AS
     WITH ins AS (
       INSERT INTO visitor (audience_group, created_at)
       SELECT CASE WHEN random() >= 0.15 THEN
                (ARRAY['teenager', 'teenager', 'teenager', 'farmer', 'farmer', 'industrial_worker',
                       'industrial_worker', 'elderly', 'official', 'other'])[1 + floor(random() * 10)::int]
              END,
              '2025-09-01T08:00:00+08:00'
         FROM generate_series(1, $1::int)
       RETURNING id, audience_group)
     SELECT row_number() OVER () AS n, id, audience_group FROM ins`,
    [DEMO_VISITORS],
  );
  await run(
    `CREATE TEMP TABLE demo_checkpoint ON COMMIT DROP AS
     SELECT * FROM unnest($1::int[], $2::int[], $3::uuid[], $4::uuid[]) AS u(venue_n, k, id, venue_id)`,
    [
      checkpoints.map((c) => c.venueN),
      checkpoints.map((c) => c.k),
      checkpoints.map((c) => c.id),
      checkpoints.map((c) => c.venue),
    ],
  );
  await run(
    `CREATE TEMP TABLE demo_stop ON COMMIT DROP AS
     SELECT u.trail_n, u.position, u.id AS checkpoint_id, c.venue_id,
            count(*) OVER (PARTITION BY u.trail_n) AS stops
       FROM unnest($1::int[], $2::int[], $3::uuid[]) AS u(trail_n, position, id)
       JOIN demo_checkpoint c ON c.id = u.id`,
    [stops.map((s) => s.trailN), stops.map((s) => s.position), stops.map((s) => s.id)],
  );
  await run(
    `CREATE TEMP TABLE scans ON COMMIT DROP AS
     WITH outings AS (
       -- A day of September, weekends twice as likely; a start between 09:00 and 16:00, later more often.
       SELECT g, 1 + floor(random() * $1)::int AS visitor_n, random() AS kind_u, random() AS u,
              random() AS venue_u,
              ('2025-09-01T09:00:00+08:00'::timestamptz + make_interval(days => d.day - 1)
                 + make_interval(mins => floor(420 * sqrt(random()))::int)) AS starts
         FROM generate_series(1, $2::int) AS g
         CROSS JOIN LATERAL (SELECT floor(random() * 30)::int + 1 + g * 0 AS day) d
        WHERE random() < CASE WHEN extract(isodow FROM DATE '2025-09-01' + d.day - 1) >= 6 THEN 1 ELSE 0.5 END
     ),
     stamps AS (
       SELECT o.*, c.id AS checkpoint_id, c.venue_id, o.starts + make_interval(mins => 15 * c.k) AS at, c.k AS step
         FROM outings o
         JOIN demo_checkpoint c ON c.venue_n = floor($3 * power(o.venue_u, 1.7))::int
        WHERE o.kind_u >= 0.3 AND c.k <= floor(o.u * 1000)::int % 3
       UNION ALL
       SELECT o.*, s.checkpoint_id, s.venue_id, o.starts + make_interval(mins => 35 * s.position), s.position
         FROM outings o
         JOIN demo_stop s ON s.trail_n = floor(o.kind_u / 0.3 * $4)::int
        WHERE o.kind_u < 0.3
          AND s.position < CASE WHEN o.u < 0.45 THEN s.stops ELSE 1 + floor(o.u * 100)::int % s.stops END
     )
     SELECT DISTINCT ON (st.visitor_n, st.checkpoint_id, (st.at AT TIME ZONE 'Asia/Shanghai')::date)
            v.id AS visitor_id, coalesce(v.audience_group, 'unknown') AS grp, st.checkpoint_id, st.venue_id,
            CASE WHEN st.step = 0 AND st.u > 0.97 THEN 'rejected' ELSE 'accepted' END AS status,
            CASE WHEN st.step = 0 AND st.u > 0.97
                 THEN (ARRAY['VENUE_CLOSED', 'QR_EXPIRED', 'OUT_OF_GEOFENCE'])[1 + floor(st.kind_u * 3)::int]
            END AS reason,
            st.at, st.u < 0.03 AS offline,
            a.u < 0.45 AS answered, a.u < 0.315 AS correct, a.r < 0.06 AS repeated
       FROM stamps st
       JOIN demo_visitor v ON v.n = st.visitor_n
       CROSS JOIN LATERAL (SELECT random() + st.step * 0 AS u, random() + st.step * 0 AS r) a
      ORDER BY st.visitor_n, st.checkpoint_id, (st.at AT TIME ZONE 'Asia/Shanghai')::date, st.at`,
    [DEMO_VISITORS, DEMO_OUTINGS, DEMO_VENUES.length, DEMO_TRAILS.length],
  );
  await writeScans(run, campaign.id, 'demo');
  await writeTrailProgress(run);
}
