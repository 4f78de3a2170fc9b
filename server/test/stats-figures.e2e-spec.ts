import type {
  StatsAudienceGroupsResponse,
  StatsCompareResponse,
  StatsDailyResponse,
  StatsHourlyResponse,
  StatsOverviewResponse,
  StatsTodayResponse,
  StatsVenueKindsResponse,
  StatsVenuesResponse,
} from '@xinghuo/shared';
import type { TestApp } from './support/app';
import { IDS } from './support/fixture';
import { type Figures, fold, startFigures } from './support/stats-scenario';

const PERIOD = 'from=2025-09-10&to=2025-09-12';

/** Every figure below is counted by hand from the scenario in support/stats-scenario.ts. */
describe('figures on a known history', () => {
  let t: TestApp;
  let national: string;
  let tangshan: string;
  let staff: string;
  let get: Figures['get'];

  beforeAll(async () => {
    ({ t, national, tangshan, staff, get } = await startFigures());
  });
  afterAll(async () => {
    await t.stop();
  });

  it('overview: the nation', async () => {
    const o = await get<StatsOverviewResponse>(national, `/api/stats/overview?${PERIOD}`);
    expect(o).toMatchObject({
      scope: { kind: 'region', id: '100000', name: '全国' },
      period: { from: '2025-09-10', to: '2025-09-12', days: 3 },
      checkIns: 8,
      uniqueVisitors: 3,
      repeats: 1,
      rejections: 2,
      activeVenues: 3,
    });
    expect(o.rejectionsByReason).toEqual(
      expect.arrayContaining([
        { reason: 'VENUE_CLOSED', count: 1 },
        { reason: 'LOCATION_REQUIRED', count: 1 },
      ]),
    );
    expect(o.byChildRegion.map((r) => [r.code, r.checkIns, r.uniqueVisitors])).toEqual([
      ['130000', 7, 3],
      ['440000', 1, 1],
    ]);
    expect(o.asOf).not.toBeNull();
  });

  it('overview: a city, its districts and its venues', async () => {
    const o = await get<StatsOverviewResponse>(tangshan, `/api/stats/overview?${PERIOD}`);
    expect(o).toMatchObject({ checkIns: 7, uniqueVisitors: 3, repeats: 1, rejections: 2 });
    expect(o.byChildRegion).toEqual([
      expect.objectContaining({
        code: '130202',
        name: '路南区',
        checkIns: 6,
        uniqueVisitors: 3,
        repeats: 1,
        rejections: 0,
        venues: 1,
        activeVenues: 1,
      }),
      expect.objectContaining({
        code: '130203',
        checkIns: 1,
        uniqueVisitors: 1,
        rejections: 2,
        venues: 2,
        activeVenues: 1,
      }),
    ]);
    expect(o.byVenue.map((v) => [v.name, v.checkIns, v.uniqueVisitors, v.place])).toEqual([
      ['开放实验室', 6, 3, '路南区'],
      ['唐山科技馆', 1, 1, '路北区'],
      ['地围实验室', 0, 0, '路北区'],
    ]);
  });

  it('unique visitors over periods that straddle days, the late offline day included', async () => {
    const uniques = async (token: string, from: string, to: string, region = '') =>
      (
        await get<StatsOverviewResponse>(
          token,
          `/api/stats/overview?from=${from}&to=${to}${region ? `&region=${region}` : ''}`,
        )
      ).uniqueVisitors;
    expect(await uniques(national, '2025-09-10', '2025-09-10')).toBe(2);
    expect(await uniques(national, '2025-09-11', '2025-09-11')).toBe(2);
    expect(await uniques(national, '2025-09-11', '2025-09-12')).toBe(3);
    expect(await uniques(national, '2025-09-10', '2025-09-11')).toBe(2);
    expect(await uniques(national, '2025-09-01', '2025-09-30')).toBe(3);
    expect(await uniques(national, '2025-09-13', '2025-09-30')).toBe(0);
    // At 开放实验室 B came on the 10th and 12th; the 11th arrived afterwards, offline.
    const venue = await get<StatsVenuesResponse>(
      staff,
      `/api/stats/venues?from=2025-09-11&to=2025-09-11`,
    );
    expect(venue.items.map((v) => [v.name, v.checkIns, v.uniqueVisitors])).toEqual([
      ['开放实验室', 1, 1],
    ]);
    expect(await uniques(staff, '2025-09-11', '2025-09-12')).toBe(2);
    expect(await uniques(tangshan, '2025-09-11', '2025-09-11', '130202')).toBe(1);
  });

  it('day by day and hour by hour', async () => {
    const d = await get<StatsDailyResponse>(national, `/api/stats/daily?${PERIOD}`);
    expect(d.days).toEqual([
      { day: '2025-09-10', checkIns: 3, uniqueVisitors: 2, repeats: 1, rejections: 1 },
      { day: '2025-09-11', checkIns: 3, uniqueVisitors: 2, repeats: 0, rejections: 0 },
      { day: '2025-09-12', checkIns: 2, uniqueVisitors: 2, repeats: 0, rejections: 1 },
    ]);
    const h = await get<StatsHourlyResponse>(national, `/api/stats/hourly?${PERIOD}`);
    expect(h.hours).toHaveLength(24);
    expect(h.hours.filter((x) => x.checkIns > 0)).toEqual([
      { hour: 9, checkIns: 2 },
      { hour: 10, checkIns: 3 },
      { hour: 11, checkIns: 1 },
      { hour: 12, checkIns: 1 },
      { hour: 15, checkIns: 1 },
    ]);
  });

  it('by audience group and venue kind', async () => {
    const g = await get<StatsAudienceGroupsResponse>(
      national,
      `/api/stats/audience-groups?${PERIOD}`,
    );
    const group = (k: string) => g.items.find((i) => i.group === k);
    expect(group('teenager')).toEqual({ group: 'teenager', checkIns: 3, uniqueVisitors: 1 });
    expect(group('farmer')).toEqual({ group: 'farmer', checkIns: 4, uniqueVisitors: 1 });
    expect(group('elderly')).toEqual({ group: 'elderly', checkIns: 0, uniqueVisitors: 0 });
    expect(group('unknown')).toEqual({ group: 'unknown', checkIns: 1, uniqueVisitors: 1 });

    const k = await get<StatsVenueKindsResponse>(national, `/api/stats/venue-kinds?${PERIOD}`);
    const kind = (name: string) => k.items.find((i) => i.kind === name);
    expect(kind('spark_hall')).toEqual({
      kind: 'spark_hall',
      venues: 2,
      activeVenues: 1,
      checkIns: 6,
      repeats: 1,
      rejections: 1,
    });
    expect(kind('science_museum')).toMatchObject({ venues: 2, activeVenues: 2, checkIns: 2 });
    expect(kind('education_base')).toMatchObject({ venues: 0, checkIns: 0 });
  });

  it('compares with the previous period of equal length', async () => {
    const c = await get<StatsCompareResponse>(
      national,
      `/api/stats/compare?from=2025-09-11&to=2025-09-12`,
    );
    expect(c.current.period).toEqual({ from: '2025-09-11', to: '2025-09-12', days: 2 });
    expect(c.previous.period).toEqual({ from: '2025-09-09', to: '2025-09-10', days: 2 });
    expect(c.current.figures).toMatchObject({
      checkIns: 5,
      uniqueVisitors: 3,
      repeats: 0,
      rejections: 1,
    });
    expect(c.previous.figures).toMatchObject({
      checkIns: 3,
      uniqueVisitors: 2,
      repeats: 1,
      rejections: 1,
    });
    expect(c.daily.map((d) => [d.current.day, d.previous.day, d.previous.checkIns])).toEqual([
      ['2025-09-11', '2025-09-09', 0],
      ['2025-09-12', '2025-09-10', 3],
    ]);
  });

  it('staff: the same views for their own venue, and today there', async () => {
    const o = await get<StatsOverviewResponse>(staff, `/api/stats/overview?${PERIOD}`);
    expect(o).toMatchObject({
      scope: { kind: 'venue', id: IDS.venueOpen },
      checkIns: 6,
      uniqueVisitors: 3,
      repeats: 1,
      rejections: 0,
      byChildRegion: [],
    });
    expect(o.byVenue.map((v) => v.id)).toEqual([IDS.venueOpen]);
    const today = await get<StatsTodayResponse>(staff, '/api/stats/today');
    expect(today).toMatchObject({
      period: { from: '2025-09-12', to: '2025-09-12', days: 1 },
      checkIns: 2,
      uniqueVisitors: 2,
      repeats: 0,
    });
    expect(today.hours[9]).toEqual({ hour: 9, checkIns: 2 });
    expect(today.checkpoints.slice(0, 2).map((c) => c.checkIns)).toEqual([1, 1]);
  });

  it('totals equal a recount from the raw rows', async () => {
    const o = await get<StatsOverviewResponse>(
      national,
      `/api/stats/overview?from=2025-09-01&to=2025-09-30`,
    );
    expect(o.checkIns).toBe(
      await t.count(`SELECT count(*) n FROM check_in WHERE status = 'accepted'`),
    );
    expect(o.uniqueVisitors).toBe(
      await t.count(`SELECT count(DISTINCT visitor_id) n FROM check_in WHERE status = 'accepted'`),
    );
    expect(o.rejections).toBe(
      await t.count(`SELECT count(*) n FROM check_in WHERE status = 'rejected'`),
    );
    // The folded counts agree with the writer's own, cell by cell.
    const writer = await t.db.query(
      `SELECT venue_id::text AS scope, day::text, outcome, sum(count)::int AS n FROM check_in_stat
        GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
    );
    const folded = await t.db.query(
      `SELECT scope, day::text, outcome, count AS n FROM stat_scope_day
        WHERE scope IN (SELECT id::text FROM venue) AND count > 0 ORDER BY 1, 2, 3`,
    );
    expect(folded).toEqual(writer);
  });

  it('folds nothing twice', async () => {
    await fold(t);
    await fold(t);
    const o = await get<StatsOverviewResponse>(national, `/api/stats/overview?${PERIOD}`);
    expect(o).toMatchObject({ checkIns: 8, uniqueVisitors: 3, repeats: 1, rejections: 2 });
  });
});
