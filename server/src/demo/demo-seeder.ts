import { AUDIENCE_GROUPS, localTime } from '@xinghuo/shared';
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

export const DEMO_PASSWORD = 'kepu2025';
const DAY_MS = 86_400_000;

/** Small deterministic PRNG so every fresh demo database holds the same history. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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
          card: c.card,
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

/** About three thousand check-ins in September 2025: trail walkers and single-venue visits. */
async function seedHistory(tx: EntityManager, ids: SeededIds): Promise<void> {
  const random = mulberry32(2025);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const campaign = await tx.getRepository(Campaign).findOneByOrFail({ name: '2025年全国科普月' });
  const venueOfCheckpoint = new Map<string, { venueId: string; timezone: string }>();
  for (const v of DEMO_VENUES) {
    for (const c of v.checkpoints) {
      venueOfCheckpoint.set(ids.checkpoints.get(c.key)!, {
        venueId: ids.venues.get(v.key)!,
        timezone: 'Asia/Shanghai',
      });
    }
  }
  const groups = [...AUDIENCE_GROUPS, null, null];
  const visitorRows = Array.from({ length: 900 }, () => pick(groups));
  const visitorIds = (
    (await tx.query(
      `INSERT INTO visitor (audience_group, created_at) SELECT g, '2025-09-01T08:00:00+08:00' FROM unnest($1::varchar[]) AS u(g) RETURNING id`,
      [visitorRows],
    )) as Array<{ id: string }>
  ).map((r) => r.id);

  const rows: Array<{ visitor: string; checkpoint: string; at: Date; reason: string | null }> = [];
  const stampedKey = new Set<string>();
  const addScan = (visitor: string, checkpoint: string, at: Date) => {
    const day = localTime(at, 'Asia/Shanghai').date;
    const key = `${visitor}|${checkpoint}|${day}`;
    if (stampedKey.has(key)) return;
    stampedKey.add(key);
    rows.push({ visitor, checkpoint, at, reason: null });
  };
  const dayStart = (day: number) =>
    new Date(`2025-09-${String(day).padStart(2, '0')}T09:00:00+08:00`);
  for (const visitor of visitorIds) {
    const day = 1 + Math.floor(random() * 30);
    let at = new Date(dayStart(day).getTime() + Math.floor(random() * 6 * 60) * 60_000);
    if (random() < 0.55) {
      // Walks a trail, stopping somewhere along it: the funnel organizers look at.
      const trail = pick(DEMO_TRAILS);
      const reach =
        random() < 0.45 ? trail.stops.length : 1 + Math.floor(random() * trail.stops.length);
      for (const cpKey of trail.stops.slice(0, reach)) {
        addScan(visitor, ids.checkpoints.get(cpKey)!, at);
        at = new Date(at.getTime() + (10 + Math.floor(random() * 40)) * 60_000);
      }
    } else {
      const venue = pick(DEMO_VENUES);
      for (const c of venue.checkpoints) {
        if (random() < 0.8) addScan(visitor, ids.checkpoints.get(c.key)!, at);
        at = new Date(at.getTime() + (5 + Math.floor(random() * 20)) * 60_000);
      }
    }
    if (random() < 0.08) {
      const cp = ids.checkpoints.get(pick(pick(DEMO_VENUES).checkpoints).key)!;
      rows.push({
        visitor,
        checkpoint: cp,
        at,
        reason: pick(['VENUE_CLOSED', 'QR_EXPIRED', 'OUT_OF_GEOFENCE']),
      });
    }
  }

  const CHUNK = 2000;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    await tx.query(
      `INSERT INTO check_in (visitor_id, checkpoint_id, venue_id, campaign_id, status, reason, period_key,
                             scanned_at, received_at, source, idempotency_key, geofence, accuracy_bucket)
       SELECT v, c, ve, $4, CASE WHEN r IS NULL THEN 'accepted' ELSE 'rejected' END, r,
              CASE WHEN r IS NULL THEN to_char(at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') END,
              at, at, 'live', 'demo-' || md5(v::text || c::text || at::text), 'none', NULL
         FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $5::varchar[], $6::timestamptz[]) AS u(v, c, ve, r, at)`,
      [
        chunk.map((r) => r.visitor),
        chunk.map((r) => r.checkpoint),
        chunk.map((r) => venueOfCheckpoint.get(r.checkpoint)!.venueId),
        campaign.id,
        chunk.map((r) => r.reason),
        chunk.map((r) => r.at),
      ],
    );
  }
  await rebuildAggregates(tx);
}

/**
 * Derives the aggregate tables from raw check-ins. Only for seeding: live check-ins maintain
 * them incrementally, and erased visitors' raw rows are gone while their aggregates remain.
 */
async function rebuildAggregates(tx: EntityManager): Promise<void> {
  await tx.query(`
    INSERT INTO check_in_stat (venue_id, checkpoint_id, day, hour, audience_group, outcome, count)
    SELECT c.venue_id, c.checkpoint_id,
           (c.scanned_at AT TIME ZONE v.timezone)::date,
           extract(hour FROM c.scanned_at AT TIME ZONE v.timezone)::smallint,
           coalesce(vi.audience_group, 'unknown'),
           CASE WHEN c.status = 'accepted' THEN 'accepted' ELSE c.reason END,
           count(*)
      FROM check_in c JOIN venue v ON v.id = c.venue_id JOIN visitor vi ON vi.id = c.visitor_id
     WHERE c.checkpoint_id IS NOT NULL
     GROUP BY 1, 2, 3, 4, 5, 6`);
  await tx.query(`
    INSERT INTO venue_visit (venue_id, day, visitor_key, audience_group, first_hour)
    SELECT c.venue_id, (c.scanned_at AT TIME ZONE v.timezone)::date, c.visitor_id,
           coalesce(vi.audience_group, 'unknown'),
           min(extract(hour FROM c.scanned_at AT TIME ZONE v.timezone))::smallint
      FROM check_in c JOIN venue v ON v.id = c.venue_id JOIN visitor vi ON vi.id = c.visitor_id
     WHERE c.status = 'accepted'
     GROUP BY 1, 2, 3, 4`);
  await tx.query(`
    INSERT INTO trail_progress (trail_id, visitor_key, collected, total, audience_group, started_at, completed_at, updated_at)
    SELECT s.trail_id, c.visitor_id, count(DISTINCT c.checkpoint_id)::int, t.total,
           coalesce(vi.audience_group, 'unknown'), min(c.scanned_at),
           CASE WHEN count(DISTINCT c.checkpoint_id) = t.total THEN max(c.scanned_at) END, now()
      FROM check_in c
      JOIN trail_stop s ON s.checkpoint_id = c.checkpoint_id
      JOIN (SELECT trail_id, count(DISTINCT checkpoint_id)::int AS total FROM trail_stop GROUP BY trail_id) t
        ON t.trail_id = s.trail_id
      JOIN visitor vi ON vi.id = c.visitor_id
     WHERE c.status = 'accepted'
     GROUP BY s.trail_id, c.visitor_id, t.total, vi.audience_group`);
}
