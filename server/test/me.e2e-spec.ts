import type { PassportResponse } from '@xinghuo/shared';
import { type TestApp, withTestApp } from './support/app';
import { IDS } from './support/fixture';

describe('the visitor: passport, profile, erasure', () => {
  const ctx = withTestApp();
  let t: TestApp;
  let visitor: string;
  beforeEach(() => ({ t, visitor } = ctx));

  it('GET /api/me/passport shows stamps newest first and trails begun', async () => {
    await t.checkIn(visitor, { code: await t.codeFor(IDS.cpOpen1) });
    await t.checkIn(visitor, { code: await t.codeFor(IDS.cpShaoguan) });
    const res = await t.request<PassportResponse>('GET', '/api/me/passport', { token: visitor });
    expect(res.status).toBe(200);
    expect(res.body.stamps.map((s) => s.checkpointId)).toEqual([IDS.cpShaoguan, IDS.cpOpen1]);
    expect(res.body.trails).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          trailId: IDS.trailShaoguan,
          collected: 1,
          total: 1,
          completed: true,
        }),
        expect.objectContaining({
          trailId: IDS.trailTangshan,
          collected: 1,
          total: 3,
          completed: false,
        }),
      ]),
    );
    expect(res.body.trails[0]!.completed).toBe(true);
  });

  it('shows no one else’s stamps', async () => {
    await t.checkIn(visitor, { code: await t.codeFor(IDS.cpOpen1) });
    const other = await t.guest();
    const res = await t.request<PassportResponse>('GET', '/api/me/passport', { token: other });
    expect(res.body.stamps).toEqual([]);
    expect(res.body.trails).toEqual([]);
  });

  it('PATCH /api/me sets and clears the optional nickname and audience group', async () => {
    const set = await t.request('PATCH', '/api/me', {
      token: visitor,
      body: { nickname: ' 小明 ', audienceGroup: 'teenager' },
    });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ nickname: '小明', audienceGroup: 'teenager' });
    const cleared = await t.request('PATCH', '/api/me', {
      token: visitor,
      body: { nickname: null, audienceGroup: null },
    });
    expect(cleared.body).toMatchObject({ nickname: null, audienceGroup: null });
  });

  it.each([
    [{ audienceGroup: 'astronaut' }, 'audienceGroup'],
    [{ nickname: 'x'.repeat(21) }, 'nickname'],
    [{ nickname: '<img src=x>' }, 'nickname'],
    [{ nickname: 7 }, 'nickname'],
    [{ id: 'someone-else' }, 'id'],
  ])('PATCH /api/me refuses %j', async (body, field) => {
    const res = await t.request('PATCH', '/api/me', { token: visitor, body });
    expect(res.status).toBe(400);
    expect(res.body.error.field).toBe(field);
  });

  it('records the audience group with later check-ins for the figures', async () => {
    await t.request('PATCH', '/api/me', { token: visitor, body: { audienceGroup: 'elderly' } });
    await t.checkIn(visitor, { code: await t.codeFor(IDS.cpOpen1) });
    expect(
      await t.count(`SELECT sum(count) n FROM check_in_stat WHERE audience_group = 'elderly'`),
    ).toBe(1);
  });

  it('DELETE /api/me erases the person and keeps the figures', async () => {
    await t.request('PATCH', '/api/me', { token: visitor, body: { nickname: '小红' } });
    await t.checkIn(visitor, { code: await t.codeFor(IDS.cpOpen1) });
    await t.checkIn(visitor, { code: await t.codeFor(IDS.cpShaoguan) });
    const id = (
      (await t.request('GET', '/api/me/passport', { token: visitor })).body as PassportResponse
    ).visitor.id;

    const res = await t.request('DELETE', '/api/me', { token: visitor });
    expect(res.status).toBe(204);

    expect(await t.count(`SELECT count(*) n FROM visitor WHERE id = '${id}'`)).toBe(0);
    expect(await t.count(`SELECT count(*) n FROM check_in`)).toBe(0);
    expect(await t.count(`SELECT count(*) n FROM idempotency_record`)).toBe(0);
    expect(await t.count(`SELECT count(*) n FROM venue_visit WHERE visitor_key = '${id}'`)).toBe(0);
    expect(await t.count(`SELECT count(*) n FROM trail_progress WHERE visitor_key = '${id}'`)).toBe(
      0,
    );
    // Nothing keyed by the person is left to link their visits; the counts stay (see
    // stats-erasure.e2e-spec.ts for every figure).
    expect(await t.count(`SELECT count(*) n FROM venue_visit`)).toBe(0);
    expect(await t.count(`SELECT count(*) n FROM trail_progress`)).toBe(0);
    expect(await t.count(`SELECT count(*) n FROM trail_fold`)).toBe(0);
    expect(await t.count(`SELECT sum(count) n FROM check_in_stat WHERE outcome = 'accepted'`)).toBe(
      2,
    );
    expect(await t.count(`SELECT sum(count) n FROM unique_pair WHERE scope = '100000'`)).toBe(1);
    expect(await t.count(`SELECT sum(count) n FROM trail_funnel_stat WHERE finished`)).toBe(1);
    expect(JSON.stringify(await t.db.query(`SELECT * FROM visitor`))).not.toContain('小红');

    expect((await t.request('GET', '/api/me/passport', { token: visitor })).status).toBe(401);
  });

  it('is for visitors only', async () => {
    const staff = await t.login('staff-open');
    expect((await t.request('GET', '/api/me/passport', { token: staff })).status).toBe(403);
    expect((await t.request('DELETE', '/api/me', { token: staff })).status).toBe(403);
    expect((await t.request('DELETE', '/api/me')).status).toBe(401);
  });
});
