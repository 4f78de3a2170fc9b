import type {
  CurrentCampaignResponse,
  ListResponse,
  TrailDetail,
  TrailSummary,
  VenueDetail,
  VenueSummary,
} from '@xinghuo/shared';
import { TestApp } from './support/app';
import { IDS } from './support/fixture';

describe('catalogue for visitors', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
    await t.reset();
  });
  afterAll(async () => {
    await t.stop();
  });

  describe('GET /api/trails', () => {
    it('lists published trails only', async () => {
      const res = await t.request<ListResponse<TrailSummary>>('GET', '/api/trails');
      expect(res.status).toBe(200);
      const ids = res.body.items.map((i) => i.id);
      expect(ids).toEqual(expect.arrayContaining([IDS.trailTangshan, IDS.trailShaoguan]));
      expect(ids).not.toContain(IDS.trailDraft);
      const tangshan = res.body.items.find((i) => i.id === IDS.trailTangshan)!;
      expect(tangshan).toMatchObject({
        stopCount: 3,
        venueCount: 2,
        topic: 'robotics',
        ordered: true,
        status: 'published',
      });
    });

    it('filters by topic, audience group and region', async () => {
      const byTopic = await t.request<ListResponse<TrailSummary>>(
        'GET',
        '/api/trails?topic=disaster_prevention',
      );
      expect(byTopic.body.items.map((i) => i.id)).toEqual([IDS.trailShaoguan]);
      const byGroup = await t.request<ListResponse<TrailSummary>>(
        'GET',
        '/api/trails?audience=industrial_worker',
      );
      expect(byGroup.body.items.map((i) => i.id)).toEqual([IDS.trailTangshan]);
      const byRegion = await t.request<ListResponse<TrailSummary>>(
        'GET',
        '/api/trails?region=440204',
      );
      expect(byRegion.body.items.map((i) => i.id)).toEqual([IDS.trailShaoguan]);
    });

    it('refuses unknown filter values', async () => {
      const res = await t.request('GET', '/api/trails?topic=astrology');
      expect(res.status).toBe(400);
      expect(res.body.error.field).toBe('topic');
      expect((await t.request('GET', '/api/trails?region=999999')).status).toBe(404);
    });

    it('shows a trail with its stops in order, venues and locations', async () => {
      const res = await t.request<TrailDetail>('GET', `/api/trails/${IDS.trailTangshan}`);
      expect(res.status).toBe(200);
      expect(res.body.stops.map((s) => s.checkpoint.id)).toEqual([
        IDS.cpOpen1,
        IDS.cpOpen2,
        IDS.cpHours,
      ]);
      expect(res.body.stops[2]!.venue).toMatchObject({
        id: IDS.venueHours,
        kind: 'science_museum',
        regionName: '路北区',
      });
    });

    it('hides drafts and answers bad ids clearly', async () => {
      expect((await t.request('GET', `/api/trails/${IDS.trailDraft}`)).status).toBe(404);
      const bad = await t.request('GET', `/api/trails/not-a-uuid`);
      expect(bad.status).toBe(400);
      expect(bad.body.error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'id' });
    });
  });

  describe('GET /api/venues', () => {
    it('sorts published venues by distance from a point', async () => {
      const res = await t.request<ListResponse<VenueSummary>>('GET', '/api/venues?near=24.8,113.6');
      expect(res.status).toBe(200);
      expect(res.body.items[0]!.id).toBe(IDS.venueShaoguan);
      const distances = res.body.items.map((v) => v.distanceM!);
      expect([...distances].sort((a, b) => a - b)).toEqual(distances);
      expect(res.body.items.map((v) => v.id)).not.toContain(IDS.venueDraft);
    });

    it('filters by region subtree and kind', async () => {
      const city = await t.request<ListResponse<VenueSummary>>('GET', '/api/venues?region=130200');
      expect(city.body.items.map((v) => v.id).sort()).toEqual(
        [IDS.venueOpen, IDS.venueHours, IDS.venueFence].sort(),
      );
      const kind = await t.request<ListResponse<VenueSummary>>(
        'GET',
        '/api/venues?kind=science_museum',
      );
      expect(kind.body.items.map((v) => v.id).sort()).toEqual(
        [IDS.venueHours, IDS.venueShaoguan].sort(),
      );
    });

    it.each(['near=abc', 'near=91,10', 'near=1,2,3', 'kind=zoo', "region=1' OR 1=1"])(
      'refuses %s',
      async (q) => {
        const res = await t.request('GET', `/api/venues?${q}`);
        expect(res.status).toBe(400);
        expect(res.body.error.code).toBe('VALIDATION_FAILED');
      },
    );

    it('shows a venue with hours and active checkpoints only', async () => {
      const res = await t.request<VenueDetail>('GET', `/api/venues/${IDS.venueOpen}`);
      expect(res.status).toBe(200);
      expect(res.body.checkpoints.map((c) => c.id)).toEqual([
        IDS.cpOpen1,
        IDS.cpOpen2,
        IDS.cpRotating,
      ]);
      const hours = await t.request<VenueDetail>('GET', `/api/venues/${IDS.venueHours}`);
      expect(hours.body.openingHours?.mon).toEqual([['09:00', '17:00']]);
      expect((await t.request('GET', `/api/venues/${IDS.venueDraft}`)).status).toBe(404);
    });
  });

  it('GET /api/regions lists children of a region', async () => {
    const top = await t.request('GET', '/api/regions');
    expect(top.body.items.map((r: { code: string }) => r.code)).toEqual(['130000', '440000']);
    const city = await t.request('GET', '/api/regions?parent=130200');
    expect(city.body.items.map((r: { name: string }) => r.name)).toEqual(['路南区', '路北区']);
  });

  it('GET /api/campaigns/current names the open campaign', async () => {
    const res = await t.request<CurrentCampaignResponse>('GET', '/api/campaigns/current');
    expect(res.body.current).toMatchObject({ id: IDS.campaignNow, stampRule: 'per_day' });
    expect(res.body.upcoming).toBeNull();
  });
});
