import type { RegionWithAncestors } from '@xinghuo/shared';
import { DEMO_TRAILS, DEMO_VENUES } from '../src/demo/demo-content';
import { loadRegionDataset, readRegionDataset } from '../src/regions/region-dataset';
import { TestApp } from './support/app';

describe("China's regions: the dataset, loaded once per database, and the region picker", () => {
  let t: TestApp;
  let url: string;

  beforeAll(async () => {
    t = await TestApp.start();
    await t.reset();
    url = (t.db.options as { url: string }).url;
    expect(await loadRegionDataset(url)).toBe(1 + 31 + 342 + 2975 + 41352);
    await t.catalogChanged();
  }, 60_000);
  afterAll(() => t.stop());

  it('holds every level with six-digit codes down to counties and nine for townships', async () => {
    const rows = (await t.db.query(
      `SELECT level, count(*)::int n, min(length(code)) lo, max(length(code)) hi FROM region GROUP BY level`,
    )) as Array<{ level: string; n: number; lo: number; hi: number }>;
    const by = Object.fromEntries(rows.map((r) => [r.level, r]));
    expect(by.national).toMatchObject({ n: 1 });
    expect(by.province).toMatchObject({ n: 31, lo: 6, hi: 6 });
    expect(by.city).toMatchObject({ n: 342, lo: 6, hi: 6 });
    // The dataset's 2,978 less 东莞, 中山 and 儋州, cities without counties listed as their own.
    expect(by.county).toMatchObject({ n: 2975, lo: 6, hi: 6 });
    expect(by.township).toMatchObject({ n: 41352, lo: 9, hi: 9 });
    const [chongqing] = (await t.db.query(
      `SELECT parent_code, path FROM region WHERE code = '500103'`,
    )) as Array<{
      parent_code: string;
      path: string;
    }>;
    expect(chongqing).toEqual({ parent_code: '500100', path: '100000/500000/500100/500103/' });
  });

  it('skips a database that already holds this version: a restart costs one query', async () => {
    const started = Date.now();
    expect(await loadRegionDataset(url)).toBe(0);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('has every region code the demo data uses, at a sensible level', () => {
    const dataset = new Map(readRegionDataset().map((r) => [r.code, r]));
    for (const v of DEMO_VENUES) {
      expect([v.key, dataset.get(v.regionCode)?.level]).toEqual([
        v.key,
        expect.stringMatching(/county|township/),
      ]);
    }
    for (const trail of DEMO_TRAILS) {
      expect([trail.key, dataset.has(trail.regionCode)]).toEqual([trail.key, true]);
    }
  });

  it('finds regions by name and code, with their ancestors, inside a subtree when asked', async () => {
    const byName = await t.request('GET', `/api/regions/search?q=${encodeURIComponent('路南')}`);
    expect(byName.status).toBe(200);
    const lunan = (byName.body.items as RegionWithAncestors[]).find((r) => r.code === '130202')!;
    expect(lunan.fullName).toBe('河北省 / 唐山市 / 路南区');
    expect(lunan.ancestors.map((a) => a.code)).toEqual(['100000', '130000', '130200']);

    const town = await t.request(
      'GET',
      `/api/regions/search?q=${encodeURIComponent('街道')}&within=130202&level=township&limit=50`,
    );
    expect(town.body.items.length).toBeGreaterThan(3);
    for (const r of town.body.items as RegionWithAncestors[])
      expect(r.code.startsWith('130202')).toBe(true);

    const byCode = await t.request('GET', '/api/regions/search?q=440232');
    expect(byCode.body.items[0]).toMatchObject({ code: '440232', name: '乳源瑶族自治县' });
    const yuzhong = await t.request('GET', '/api/regions/500103');
    expect(yuzhong.body.fullName).toBe('重庆市 / 渝中区');
    expect((await t.request('GET', '/api/regions?parent=130200')).body.items).toHaveLength(18);
  });

  it('refuses bad picker input with a 4xx naming the field', async () => {
    expect((await t.request('GET', '/api/regions/search?q=')).body.error.field).toBe('q');
    expect((await t.request('GET', '/api/regions/search?q=a&limit=500')).body.error.field).toBe(
      'limit',
    );
    expect((await t.request('GET', '/api/regions/12345')).status).toBe(400);
    expect((await t.request('GET', '/api/regions/999999')).status).toBe(404);
  });
});
