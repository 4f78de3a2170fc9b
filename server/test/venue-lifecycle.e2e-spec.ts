import type { AdminVenueSummary, ApiErrorBody, CreateVenueResponse, Page } from '@xinghuo/shared';
import { ACCOUNTS, IDS } from './support/fixture';
import { withSignedInApp } from './support/signed-in';

describe('organizers set venues up, open and close them, and list them', () => {
  const ctx = withSignedInApp([ACCOUNTS.orgTangshan, ACCOUNTS.orgLunan, ACCOUNTS.orgNational]);
  const { tok } = ctx;

  const newVenue = (who: string, over: Record<string, unknown> = {}) =>
    ctx.t.request<CreateVenueResponse & ApiErrorBody>('POST', '/api/venues', {
      token: tok[who],
      body: {
        name: '路南青少年科技星火馆',
        kind: 'spark_hall',
        regionCode: '130202',
        address: '路南区新华道 1 号',
        location: { lat: 39.62, lng: 118.17 },
        host: '路南区教育局',
        staff: { username: 'lunan-hall', displayName: '星火馆管理员' },
        ...over,
      },
    });
  const list = (who: string, query = '') =>
    ctx.t.request<Page<AdminVenueSummary>>('GET', `/api/admin/venues?pageSize=100${query}`, {
      token: tok[who],
    });

  it('creates a draft venue with its first staff account, then opens it to visitors', async () => {
    const made = await newVenue(ACCOUNTS.orgLunan);
    expect(made.status).toBe(201);
    expect(made.body.venue).toMatchObject({
      status: 'draft',
      region: { fullName: '河北省 / 唐山市 / 路南区' },
    });
    expect((await ctx.t.request('GET', `/api/venues/${made.body.venue.id}`)).status).toBe(404);
    const staff = await ctx.t.request('POST', '/api/auth/login', {
      body: { username: 'lunan-hall', password: made.body.staff.temporaryPassword },
    });
    expect(staff.body).toMatchObject({
      mustChangePassword: true,
      principal: { venueId: made.body.venue.id },
    });
    const opened = await ctx.t.request('POST', `/api/venues/${made.body.venue.id}/publish`, {
      token: tok[ACCOUNTS.orgLunan],
      body: { version: 1 },
    });
    expect(opened.body.status).toBe('published');
    expect((await ctx.t.request('GET', `/api/venues/${made.body.venue.id}`)).status).toBe(200);
  });

  it.each([
    ['outside the subtree', ACCOUNTS.orgLunan, { regionCode: '130203' }, 403, 'FORBIDDEN'],
    ['at province level', ACCOUNTS.orgNational, { regionCode: '130000' }, 422, 'REGION_UNKNOWN'],
    ['in an unknown region', ACCOUNTS.orgTangshan, { regionCode: '130299' }, 422, 'REGION_UNKNOWN'],
    [
      'outside China',
      ACCOUNTS.orgTangshan,
      { location: { lat: 51.5, lng: -0.12 } },
      422,
      'LOCATION_OUTSIDE_CHINA',
    ],
    [
      'with a taken staff name',
      ACCOUNTS.orgTangshan,
      { staff: { username: 'staff-open', displayName: 'x' } },
      409,
      'USERNAME_TAKEN',
    ],
  ])('refuses a venue %s, and writes nothing', async (_, who, over, status, code) => {
    const res = await newVenue(who, over);
    expect([res.status, res.body.error.code]).toEqual([status, code]);
    expect(
      await ctx.t.count(`SELECT count(*) n FROM venue WHERE name = '路南青少年科技星火馆'`),
    ).toBe(0);
    expect(await ctx.t.count(`SELECT count(*) n FROM audit_event`)).toBe(0);
  });

  it('closes a venue: its checkpoints stop accepting check-ins, and it leaves the public list', async () => {
    const closed = await ctx.t.request('POST', `/api/venues/${IDS.venueOpen}/close`, {
      token: tok[ACCOUNTS.orgTangshan],
      body: { version: 1, reason: '场馆装修' },
    });
    expect(closed.body.status).toBe('closed');
    const visitor = await ctx.t.guest();
    expect(
      (await ctx.t.checkIn(visitor, { code: await ctx.t.codeFor(IDS.cpOpen1) })).body.error.code,
    ).toBe('CHECKPOINT_INACTIVE');
    expect(
      (await ctx.t.request('GET', '/api/venues')).body.items.map((v: { id: string }) => v.id),
    ).not.toContain(IDS.venueOpen);
    const again = await ctx.t.request('POST', `/api/venues/${IDS.venueOpen}/close`, {
      token: tok[ACCOUNTS.orgTangshan],
      body: { version: 2 },
    });
    expect(again.body.error.code).toBe('STATE_CONFLICT');
  });

  it('unpublishes the published trails through a closed venue, and only those', async () => {
    await ctx.t.request('POST', `/api/venues/${IDS.venueOpen}/close`, {
      token: tok[ACCOUNTS.orgTangshan],
      body: { version: 1 },
    });
    const statuses = await ctx.t.db.query(`SELECT id, status FROM trail ORDER BY id`);
    expect(statuses).toEqual([
      { id: IDS.trailTangshan, status: 'unpublished' },
      { id: IDS.trailDraft, status: 'draft' },
      { id: IDS.trailShaoguan, status: 'published' },
    ]);
    const publicTrails = (await ctx.t.request('GET', '/api/trails')).body.items as Array<{
      id: string;
    }>;
    expect(publicTrails.map((t) => t.id)).toEqual([IDS.trailShaoguan]);
    expect(
      await ctx.t.count(
        `SELECT count(*) n FROM audit_event WHERE action = 'trail.unpublish' AND entity_id = '${IDS.trailTangshan}'`,
      ),
    ).toBe(1);
  });

  it('lists the venues of the subtree with their state, searched, filtered and paged', async () => {
    const all = (await list(ACCOUNTS.orgTangshan)).body;
    expect(all.items.map((v) => v.name).sort()).toEqual(
      ['唐山科技馆', '地围实验室', '开放实验室', '筹建中的场馆'].sort(),
    );
    expect(all.items.find((v) => v.id === IDS.venueOpen)).toMatchObject({
      checkpointCount: 4,
      staffCount: 1,
      status: 'published',
    });
    expect((await list(ACCOUNTS.orgTangshan, '&status=draft')).body.items.map((v) => v.id)).toEqual(
      [IDS.venueDraft],
    );
    expect(
      (await list(ACCOUNTS.orgTangshan, `&q=${encodeURIComponent('实验室')}`)).body.total,
    ).toBe(2);
    expect(
      (await list(ACCOUNTS.orgTangshan, '&region=130203&kind=science_museum')).body.items.map(
        (v) => v.id,
      ),
    ).toEqual([IDS.venueHours]);
    const paged = (
      await ctx.t.request('GET', '/api/admin/venues?page=2&pageSize=2', {
        token: tok[ACCOUNTS.orgNational],
      })
    ).body;
    expect(paged).toMatchObject({ total: 5, page: 2, pageSize: 2 });
    expect((await list(ACCOUNTS.orgLunan, '&region=130200')).status).toBe(403);
    expect((await list(ACCOUNTS.orgTangshan, '&q=%25')).body.total).toBe(0);
  });
});
