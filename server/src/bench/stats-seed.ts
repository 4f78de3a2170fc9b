import { AUDIENCE_GROUPS, TOPICS, VENUE_KINDS } from '@xinghuo/shared';
import { Client } from 'pg';
import { hashPassword } from '../auth/password';

export const BENCH_PASSWORD = 'bench-stats-2025';

/** The organizers whose figures the benchmark times: the nation, a province, a county. */
export const BENCH_ORGANIZERS = {
  national: { username: 'bench-national', region: '100000' },
  province: { username: 'bench-province', region: '130000' },
  county: { username: 'bench-county', region: '130101' },
} as const;

export interface StatsCatalogueSize {
  provinces: number;
  regions: number;
  townships: number;
  venues: number;
  checkpoints: number;
  trails: number;
  visitors: number;
}

const PROVINCES: Array<[string, string]> = [
  ['130000', '河北省'],
  ['440000', '广东省'],
  ['500000', '重庆市'],
];
const CITIES = 3;
const COUNTIES = 4;
const TOWNSHIPS = 4;

/**
 * A catalogue shaped like a real one, in plain SQL: 3 provinces down to 144 townships, venues of
 * every kind in townships (a few much more popular than the rest, see the loader), 3–5
 * checkpoints each, most with a question, 30 trails inside cities, a September campaign, the
 * organizers, and `visitors` visitors with audience groups (some undeclared).
 */
export async function seedStatsCatalogue(
  url: string,
  options: { venues: number; visitors: number; trails: number },
): Promise<StatsCatalogueSize> {
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    await db.query('BEGIN');
    const regions: Array<[string, string, string, string | null, string]> = [
      ['100000', '全国', 'national', null, '100000/'],
    ];
    const townships: string[] = [];
    for (const [p, pname] of PROVINCES) {
      const ppath = `100000/${p}/`;
      regions.push([p, pname, 'province', '100000', ppath]);
      for (let c = 1; c <= CITIES; c++) {
        const city = String(Number(p) + c * 100);
        const cpath = `${ppath}${city}/`;
        regions.push([city, `${pname.slice(0, 2)}第${c}市`, 'city', p, cpath]);
        for (let k = 1; k <= COUNTIES; k++) {
          const county = String(Number(city) + k);
          const kpath = `${cpath}${county}/`;
          regions.push([county, `第${c}市第${k}区`, 'county', city, kpath]);
          for (let t = 1; t <= TOWNSHIPS; t++) {
            const town = `${county}${String(t).padStart(3, '0')}`;
            regions.push([town, `第${k}区第${t}街道`, 'township', county, `${kpath}${town}/`]);
            townships.push(town);
          }
        }
      }
    }
    await db.query(
      `INSERT INTO region (code, name, level, parent_code, path)
       SELECT * FROM unnest($1::varchar[], $2::varchar[], $3::varchar[], $4::varchar[], $5::varchar[])`,
      [0, 1, 2, 3, 4].map((i) => regions.map((r) => r[i])),
    );

    // Venue n sits in a township picked by a stride, so popular (low n) venues are spread out.
    await db.query(
      `CREATE TABLE bench_venue AS
       SELECT n, gen_random_uuid() AS id, ($1::varchar[])[1 + (n * 37) % cardinality($1::varchar[])] AS township,
              ($2::varchar[])[1 + n % cardinality($2::varchar[])] AS kind, 3 + n % 3 AS checkpoints
         FROM generate_series(0, $3::int - 1) AS n`,
      [townships, [...VENUE_KINDS, 'spark_hall', 'spark_hall'], options.venues],
    );
    await db.query(
      `INSERT INTO venue (id, name, kind, region_code, address, lat, lng, host, status)
       SELECT id, '压测场馆' || n, kind, township, '压测路' || n || '号', 30 + n * 0.01, 110 + n * 0.01,
              '压测单位', 'published' FROM bench_venue`,
    );
    await db.query(
      `CREATE TABLE bench_checkpoint AS
       SELECT v.n AS venue_n, k, gen_random_uuid() AS id, v.id AS venue_id, (v.n + k) % 10 < 7 AS asks
         FROM bench_venue v, generate_series(1, 5) AS k WHERE k <= v.checkpoints`,
    );
    await db.query(
      `INSERT INTO checkpoint (id, venue_id, name, card, answer, sort_order)
       SELECT id, venue_id, '展项' || k,
              CASE WHEN asks THEN jsonb_build_object('title', '展项' || k, 'body', '科普知识。',
                     'question', jsonb_build_object('prompt', '问题？', 'options', jsonb_build_array('甲', '乙', '丙')))
                   ELSE jsonb_build_object('title', '展项' || k, 'body', '科普知识。') END,
              CASE WHEN asks THEN '{"answerIndex": 1, "explanation": "因为乙。"}'::jsonb END, k
         FROM bench_checkpoint`,
    );
    // Trail t runs through the first two checkpoints of two venues of one city.
    await db.query(
      `CREATE TABLE bench_trail AS
       SELECT t, gen_random_uuid() AS id, ($1::varchar[])[1 + t % cardinality($1::varchar[])] AS topic,
              (SELECT r.parent_code FROM region r WHERE r.code =
                 (SELECT parent_code FROM region WHERE code = v.township)) AS city, v.n AS first_venue
         FROM generate_series(0, $2::int - 1) AS t
         JOIN bench_venue v ON v.n = (t * 7) % (SELECT count(*) FROM bench_venue)`,
      [[...TOPICS], options.trails],
    );
    await db.query(
      `INSERT INTO trail (id, name, topic, audience_groups, ordered, estimated_minutes, region_code, status)
       SELECT id, '压测路线' || t, topic, '{teenager}', t % 2 = 0, 120, city, 'published' FROM bench_trail`,
    );
    await db.query(
      `INSERT INTO trail_stop (trail_id, position, checkpoint_id)
       SELECT t.id, row_number() OVER (PARTITION BY t.id ORDER BY v.n, c.k) - 1, c.id
         FROM bench_trail t
         CROSS JOIN LATERAL (
           SELECT v2.n FROM bench_venue v2
            JOIN region r ON r.code = v2.township JOIN region k ON k.code = r.parent_code
           WHERE k.parent_code = t.city ORDER BY (v2.n = t.first_venue) DESC, (v2.n * 13 + t.t) % 97 LIMIT 2) v
         JOIN bench_checkpoint c ON c.venue_n = v.n AND c.k <= 2`,
    );
    await db.query(
      `INSERT INTO campaign (name, theme, starts_at, ends_at, stamp_rule, region_code)
       VALUES ('2025年全国科普月', '压测', '2025-09-01T00:00:00+08:00', '2025-10-01T00:00:00+08:00', 'per_day', '100000')`,
    );
    const hash = await hashPassword(BENCH_PASSWORD);
    for (const o of Object.values(BENCH_ORGANIZERS)) {
      await db.query(
        `INSERT INTO account (username, password_hash, display_name, role, venue_id, region_code)
         VALUES ($1, $2, $1, 'organizer', NULL, $3)`,
        [o.username, hash, o.region],
      );
    }
    // One group in eight left undeclared.
    await db.query(
      `CREATE TABLE bench_visitor AS
       SELECT n, gen_random_uuid() AS id,
              ($1::varchar[])[1 + (n * 7) % (cardinality($1::varchar[]) + 1)] AS audience_group
         FROM generate_series(1, $2::int) AS n`,
      [[...AUDIENCE_GROUPS, 'teenager'], options.visitors],
    );
    await db.query(`ALTER TABLE bench_visitor ADD PRIMARY KEY (n)`);
    await db.query(
      `INSERT INTO visitor (id, audience_group, created_at)
       SELECT id, audience_group, '2025-08-31T08:00:00+08:00' FROM bench_visitor`,
    );
    await db.query('COMMIT');
    const [size] = (
      await db.query<Record<string, string>>(
        `SELECT (SELECT count(*) FROM region) AS regions, (SELECT count(*) FROM venue) AS venues,
                (SELECT count(*) FROM checkpoint) AS checkpoints, (SELECT count(*) FROM trail) AS trails`,
      )
    ).rows;
    return {
      provinces: PROVINCES.length,
      regions: Number(size!.regions),
      townships: townships.length,
      venues: Number(size!.venues),
      checkpoints: Number(size!.checkpoints),
      trails: Number(size!.trails),
      visitors: options.visitors,
    };
  } catch (error) {
    await db.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await db.end();
  }
}
