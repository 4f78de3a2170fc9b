import type { StatsOverviewResponse, StatsTrailsResponse } from '@xinghuo/shared';
import { DEMO_PASSWORD, seedDemoData } from '../src/demo/demo-seeder';
import { loadRegionDataset } from '../src/regions/region-dataset';
import { TestApp } from './support/app';
import { fold } from './support/stats-scenario';

const SEPTEMBER = 'from=2025-09-01&to=2025-09-30';

describe('demo data: the history of the 2025 campaign', () => {
  let t: TestApp;
  let organizer: string;
  beforeAll(async () => {
    t = await TestApp.start();
    await loadRegionDataset(t.config.databaseUrl!);
    expect(await seedDemoData(t.config.databaseUrl!)).toBe(true);
    await t.catalogChanged();
    await fold(t);
    const res = await t.request('POST', '/api/auth/login', {
      body: { username: 'demo-organizer', password: DEMO_PASSWORD },
    });
    organizer = res.body.token;
  }, 120_000);
  afterAll(async () => {
    await t.stop();
  });

  it('gives the 2025 campaign a month of history with groups and answers', async () => {
    expect(
      await t.count(
        `SELECT count(*) n FROM check_in WHERE status = 'accepted' AND scanned_at < '2025-10-01'`,
      ),
    ).toBeGreaterThanOrEqual(50_000);
    expect(await t.count(`SELECT count(DISTINCT audience_group) n FROM visitor`)).toBe(6);
    expect(await t.count(`SELECT count(*) n FROM check_in_answer`)).toBeGreaterThan(10_000);
    expect(await seedDemoData(t.config.databaseUrl!)).toBe(false);
  });

  it('shows demo-organizer a real dashboard for 唐山, equal to a recount', async () => {
    const o = await t.request<StatsOverviewResponse>('GET', `/api/stats/overview?${SEPTEMBER}`, {
      token: organizer,
    });
    expect(o.body.scope.name).toBe('唐山市');
    expect(o.body.checkIns).toBe(
      await t.count(
        `SELECT count(*) n FROM check_in c JOIN venue v ON v.id = c.venue_id
          WHERE c.status = 'accepted' AND v.region_code IN (SELECT code FROM region WHERE path LIKE '%130200/%')`,
      ),
    );
    expect(o.body.uniqueVisitors).toBeGreaterThan(1_000);
    expect(o.body.repeats).toBeGreaterThan(0);
    expect(o.body.byChildRegion.filter((r) => r.checkIns > 0).length).toBeGreaterThan(1);
    const trails = await t.request<StatsTrailsResponse>('GET', `/api/stats/trails?${SEPTEMBER}`, {
      token: organizer,
    });
    expect(trails.body.items.some((x) => x.finished > 0 && x.medianMinutesToFinish)).toBe(true);
  });
});
