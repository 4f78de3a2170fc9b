import type { AdminVenueDto, ApiErrorBody, ReviewDto, UpdateVenueResponse } from '@xinghuo/shared';
import { ACCOUNTS, IDS } from './support/fixture';
import { withSignedInApp } from './support/signed-in';

describe('venue editing: review of public text, settings at once, versions, field rules', () => {
  const ctx = withSignedInApp();
  const { tok } = ctx;
  const venueA = IDS.venueOpen;

  const admin = (who: string) =>
    ctx.t.request<AdminVenueDto>('GET', `/api/admin/venues/${venueA}`, { token: tok[who] });
  const patch = (who: string, body: Record<string, unknown>) =>
    ctx.t.request<UpdateVenueResponse & ApiErrorBody>('PATCH', `/api/venues/${venueA}`, {
      token: tok[who],
      body,
    });

  it('keeps visitors on the published text until an organizer approves, then shows the new one', async () => {
    const res = await patch(ACCOUNTS.staffOpen, { version: 1, description: '新的场馆介绍' });
    expect(res.status).toBe(200);
    expect(res.body.reviewId).toEqual(expect.any(String));
    expect(res.body.venue.pending?.description).toBe('新的场馆介绍');
    expect(res.body.venue.published.description).toBe('全天开放');
    expect(res.body.venue.latestRevision?.status).toBe('pending');
    expect((await ctx.t.request('GET', `/api/venues/${venueA}`)).body.description).toBe('全天开放');

    const queue = await ctx.t.request('GET', '/api/reviews?status=pending', {
      token: tok[ACCOUNTS.orgTangshan],
    });
    const item = (queue.body.items as ReviewDto[]).find((r) => r.id === res.body.reviewId)!;
    expect(item.before?.description).toBe('全天开放');
    expect(item.after.description).toBe('新的场馆介绍');
    expect(item.changedFields).toEqual(['description']);

    const ok = await ctx.t.request('POST', `/api/reviews/${item.id}/approve`, {
      token: tok[ACCOUNTS.orgTangshan],
      body: {},
    });
    expect(ok.status).toBe(200);
    expect((await ctx.t.request('GET', `/api/venues/${venueA}`)).body.description).toBe(
      '新的场馆介绍',
    );
    const again = await ctx.t.request('POST', `/api/reviews/${item.id}/approve`, {
      token: tok[ACCOUNTS.orgTangshan],
      body: {},
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('REVIEW_NOT_PENDING');
  });

  it('applies settings at once: closed dates refuse check-ins that local day', async () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(
      new Date(),
    );
    const res = await patch(ACCOUNTS.staffOpen, {
      version: 1,
      closedDates: [today],
      openingHours: null,
    });
    expect(res.status).toBe(200);
    expect(res.body.reviewId).toBeNull();
    expect(res.body.venue.closedDates).toEqual([today]);
    expect((await ctx.t.request('GET', `/api/venues/${venueA}`)).body.closedDates).toEqual([today]);
    const visitor = await ctx.t.guest();
    const scan = await ctx.t.checkIn(visitor, { code: await ctx.t.codeFor(IDS.cpOpen1) });
    expect(scan.status).toBe(422);
    expect(scan.body.error.code).toBe('VENUE_CLOSED');
  });

  it('answers a stale write with 409 and writes nothing; of two concurrent edits one wins', async () => {
    expect((await patch(ACCOUNTS.staffOpen, { version: 1, geofenceRadiusM: 200 })).status).toBe(
      200,
    );
    const stale = await patch(ACCOUNTS.orgTangshan, { version: 1, geofenceRadiusM: 500 });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: 'VERSION_CONFLICT', field: 'version' });
    expect((await admin(ACCOUNTS.staffOpen)).body.geofenceRadiusM).toBe(200);

    const both = await Promise.all([
      patch(ACCOUNTS.staffOpen, { version: 2, geofenceRadiusM: 300 }),
      patch(ACCOUNTS.orgTangshan, { version: 2, geofenceRadiusM: 400 }),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = both.find((r) => r.status === 200)!.body.venue.geofenceRadiusM;
    const detail = (await admin(ACCOUNTS.staffOpen)).body;
    expect(detail).toMatchObject({ version: 3, geofenceRadiusM: winner });
  });

  it.each([
    ['regionCode', { regionCode: '130203' }],
    ['name', { name: '改名' }],
    ['status', { status: 'published' }],
  ])('refuses staff setting %s by name (403), nothing written', async (field, body) => {
    const res = await patch(ACCOUNTS.staffOpen, { version: 1, description: '顺带', ...body });
    expect(res.status).toBe(403);
    expect(res.body.error).toMatchObject({ code: 'FIELD_NOT_ALLOWED', field });
    expect((await admin(ACCOUNTS.staffOpen)).body).toMatchObject({ version: 1, pending: null });
    expect(await ctx.t.count('SELECT count(*) n FROM review')).toBe(0);
    expect(await ctx.t.count('SELECT count(*) n FROM audit_event')).toBe(0);
  });

  it.each([
    [
      'a 2 MB description',
      { description: 'x'.repeat(2 * 1024 * 1024) },
      413,
      'PAYLOAD_TOO_LARGE',
      undefined,
    ],
    [
      'a description over its limit',
      { description: '长'.repeat(5001) },
      400,
      'VALIDATION_FAILED',
      'description',
    ],
    [
      'a location outside China',
      { location: { lat: 48.85, lng: 2.35 } },
      422,
      'LOCATION_OUTSIDE_CHINA',
      'location',
    ],
    [
      'hours that end before they start',
      { openingHours: { mon: [['17:00', '09:00']] } },
      422,
      'OPENING_HOURS_INVALID',
      'openingHours.mon[0]',
    ],
    [
      'a date that does not exist',
      { closedDates: ['2025-02-30'] },
      400,
      'VALIDATION_FAILED',
      'closedDates[0]',
    ],
    ['a tiny geofence', { geofenceRadiusM: 5 }, 400, 'VALIDATION_FAILED', 'geofenceRadiusM'],
    ['an unknown field', { colour: 'red' }, 400, 'VALIDATION_FAILED', 'colour'],
  ])('refuses %s naming the field, and writes nothing', async (_, body, status, code, field) => {
    const res = await patch(ACCOUNTS.staffOpen, { version: 1, geofenceRadiusM: 250, ...body });
    expect(res.status).toBe(status);
    expect(res.body.error.code).toBe(code);
    if (field) expect(res.body.error.field).toBe(field);
    expect((await admin(ACCOUNTS.staffOpen)).body).toMatchObject({
      version: 1,
      geofenceRadiusM: null,
    });
  });

  it('refuses an organizer an unknown region (422) and one outside the subtree (403)', async () => {
    const unknown = await patch(ACCOUNTS.orgTangshan, { version: 1, regionCode: '130299' });
    expect(unknown.body.error).toMatchObject({ code: 'REGION_UNKNOWN', field: 'regionCode' });
    expect(unknown.status).toBe(422);
    const outside = await patch(ACCOUNTS.orgTangshan, { version: 1, regionCode: '440204' });
    expect(outside.status).toBe(403);
    const moved = await patch(ACCOUNTS.orgTangshan, {
      version: 1,
      regionCode: '130203',
      name: '新名',
    });
    expect(moved.status).toBe(200);
    expect(moved.body.venue.region.fullName).toBe('河北省 / 唐山市 / 路北区');
  });

  it.each([
    ['staff of another venue', ACCOUNTS.staffShaoguan],
    ['staff of a venue in the same city', ACCOUNTS.staffHours],
    ['an organizer of another city', ACCOUNTS.orgShaoguan],
  ])('refuses %s (403)', async (_, who) => {
    expect((await patch(who, { version: 1, description: '越权' })).status).toBe(403);
    expect((await admin(who)).status).toBe(403);
  });

  it('lets a newer pending revision supersede the older and shows a returned comment', async () => {
    const first = await patch(ACCOUNTS.staffOpen, { version: 1, description: '第一稿' });
    const second = await patch(ACCOUNTS.staffOpen, { version: 2, address: '路南区一号院' });
    const old = await ctx.t.request<ReviewDto>('GET', `/api/reviews/${first.body.reviewId}`, {
      token: tok[ACCOUNTS.staffOpen],
    });
    expect(old.body.status).toBe('superseded');
    expect(second.body.venue.pending).toMatchObject({
      description: '第一稿',
      address: '路南区一号院',
    });
    const back = await ctx.t.request('POST', `/api/reviews/${second.body.reviewId}/return`, {
      token: tok[ACCOUNTS.orgLunan],
      body: { comment: '地址请写全' },
    });
    expect(back.status).toBe(200);
    const seen = (await admin(ACCOUNTS.staffOpen)).body;
    expect(seen.latestRevision).toMatchObject({ status: 'returned', comment: '地址请写全' });
    expect(seen.published.description).toBe('全天开放');
    const noComment = await ctx.t.request('POST', `/api/reviews/${first.body.reviewId}/return`, {
      token: tok[ACCOUNTS.orgLunan],
      body: {},
    });
    expect(noComment.body.error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'comment' });
  });

  it('approves only what the revision changed: an organizer’s direct edit meanwhile is kept', async () => {
    const staff = await patch(ACCOUNTS.staffOpen, { version: 1, description: '员工改的介绍' });
    const org = await patch(ACCOUNTS.orgTangshan, { version: 2, address: '科协改的地址' });
    expect(org.body).toMatchObject({
      reviewId: null,
      venue: { published: { address: '科协改的地址' } },
    });
    await ctx.t.request('POST', `/api/reviews/${staff.body.reviewId}/approve`, {
      token: tok[ACCOUNTS.orgTangshan],
      body: {},
    });
    const live = (await ctx.t.request('GET', `/api/venues/${venueA}`)).body;
    expect([live.description, live.address]).toEqual(['员工改的介绍', '科协改的地址']);
  });
});
