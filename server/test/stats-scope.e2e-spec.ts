import { ManualClock, TestApp } from './support/app';
import { ACCOUNTS, IDS } from './support/fixture';
import { playScenario, type Scenario } from './support/stats-scenario';

const PERIOD = 'from=2025-09-10&to=2025-09-12';

/** Every figures route, with a query it answers 200 to. */
const ROUTES = [
  `/api/stats/overview?${PERIOD}`,
  `/api/stats/daily?${PERIOD}`,
  `/api/stats/hourly?${PERIOD}`,
  `/api/stats/venues?${PERIOD}`,
  `/api/stats/venue-kinds?${PERIOD}`,
  `/api/stats/audience-groups?${PERIOD}`,
  `/api/stats/regions?${PERIOD}`,
  `/api/stats/trails?${PERIOD}`,
  `/api/stats/funnels?${PERIOD}`,
  `/api/stats/topics?${PERIOD}`,
  `/api/stats/learning?${PERIOD}`,
  `/api/stats/compare?${PERIOD}`,
  `/api/stats/today?`,
];

/** Names that only a reader of 唐山 (or of 开放实验室 alone) may see. */
const TANGSHAN_ONLY = ['开放实验室', '唐山科技馆', '路南区', '唐山智造之旅', '焊接机器人'];
const SHAOGUAN_ONLY = ['韶关科技馆', '浈江区', '韶关防雷路线', '雷电展区'];

describe('figures are limited to the caller’s scope', () => {
  const clock = new ManualClock();
  let t: TestApp;
  let s: Scenario;
  const tokens: Record<string, string> = {};
  beforeAll(async () => {
    t = await TestApp.start({}, { clock });
    s = await playScenario(t, clock);
    for (const name of Object.values(ACCOUNTS)) tokens[name] = await t.login(name);
  });
  afterAll(async () => {
    await t.stop();
  });

  const call = (route: string, token?: string, extra = '') =>
    t.request('GET', `${route}${extra}`, token ? { token } : {});

  it.each(ROUTES)('%s: 401 without a token, 403 for a visitor', async (route) => {
    expect((await call(route)).status).toBe(401);
    expect((await call(route, s.tokens.a)).status).toBe(403);
  });

  it.each(ROUTES)('%s: no drilling outside the subtree, nor by staff', async (route) => {
    const denied: Array<[string, string]> = [
      [ACCOUNTS.orgLunan, '130203'], // a sibling district
      [ACCOUNTS.orgLunan, '130200'], // the city above
      [ACCOUNTS.orgTangshan, '440200'], // another city
      [ACCOUNTS.orgTangshan, '440000'],
      [ACCOUNTS.orgTangshan, '999999'], // no such region: same answer
      [ACCOUNTS.staffOpen, '130202'], // staff have their venue, not a region
    ];
    for (const [account, region] of denied) {
      const res = await call(route, tokens[account], `&region=${region}`);
      expect([account, region, res.status, res.body.error?.code]).toEqual([
        account,
        region,
        403,
        'FORBIDDEN',
      ]);
    }
    expect((await call(route, tokens[ACCOUNTS.orgTangshan], '&region=130202')).status).toBe(200);
    expect((await call(route, tokens[ACCOUNTS.orgNational], '&region=440204')).status).toBe(200);
  });

  it.each(ROUTES)('%s: a city organizer reads nothing of a sibling city', async (route) => {
    const shaoguan = await call(route, tokens[ACCOUNTS.orgShaoguan]);
    expect(shaoguan.status).toBe(200);
    expect(shaoguan.body.scope).toMatchObject({ kind: 'region', id: '440200' });
    for (const name of TANGSHAN_ONLY) expect(shaoguan.text).not.toContain(name);
    const tangshan = await call(route, tokens[ACCOUNTS.orgTangshan]);
    for (const name of SHAOGUAN_ONLY) expect(tangshan.text).not.toContain(name);
  });

  it.each(ROUTES)('%s: staff read their own venue only', async (route) => {
    const res = await call(route, tokens[ACCOUNTS.staffShaoguan]);
    expect(res.status).toBe(200);
    expect(res.body.scope).toMatchObject({ kind: 'venue', id: IDS.venueShaoguan });
    for (const name of TANGSHAN_ONLY) expect(res.text).not.toContain(name);
  });

  it('a district drill-down is the district’s own figures, not the city’s', async () => {
    const city = await call(`/api/stats/overview?${PERIOD}`, tokens[ACCOUNTS.orgTangshan]);
    const district = await call(
      `/api/stats/overview?${PERIOD}`,
      tokens[ACCOUNTS.orgTangshan],
      '&region=130203',
    );
    const own = await call(`/api/stats/overview?${PERIOD}`, tokens[ACCOUNTS.orgLunan]);
    expect(city.body.checkIns).toBe(7);
    expect(district.body).toMatchObject({ checkIns: 1, rejections: 2 });
    expect(district.body.scope.path.map((r: { code: string }) => r.code)).toEqual([
      '130200',
      '130203',
    ]);
    expect(own.body).toMatchObject({ checkIns: 6, scope: { id: '130202' } });
    expect(own.body.scope.path.map((r: { code: string }) => r.code)).toEqual(['130202']);
  });

  it.each([
    ['from=2025-09-12&to=2025-09-10', 'to'],
    ['from=2025-02-30&to=2025-03-01', 'from'],
    ['from=20250910&to=2025-09-12', 'from'],
    ['to=2025-09-12', 'from'],
    ['from=2025-09-10', 'to'],
    ['from=2024-09-10&to=2025-09-12', 'to'],
    ['from=2025-09-10&to=2025-09-12&from=2025-09-11', 'from'],
    [`${PERIOD}&region=13O200`, 'region'],
    [`${PERIOD}&evil=1`, 'evil'],
  ])('refuses %s naming %s', async (query, field) => {
    const res = await call(`/api/stats/overview?${query}`, tokens[ACCOUNTS.orgNational]);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'VALIDATION_FAILED', field });
  });

  it.each([
    ['venues', 'sort=visitors', 'sort'],
    ['venues', 'limit=0', 'limit'],
    ['venues', 'limit=1e9', 'limit'],
    ['venues', 'offset=-1', 'offset'],
    ['funnels', 'trail=nope', 'trail'],
    ['funnels', 'group=astronaut', 'group'],
  ])('%s refuses %s', async (view, extra, field) => {
    const res = await call(`/api/stats/${view}?${PERIOD}&${extra}`, tokens[ACCOUNTS.orgNational]);
    expect(res.status).toBe(400);
    expect(res.body.error.field).toBe(field);
  });

  it('sorts and pages the venue table', async () => {
    const res = await call(
      `/api/stats/venues?${PERIOD}&sort=rejections&order=desc&limit=2&offset=0`,
      tokens[ACCOUNTS.orgTangshan],
    );
    expect(res.body.total).toBe(3);
    expect(res.body.items.map((v: { rejections: number }) => v.rejections)).toEqual([1, 1]);
    const byName = await call(
      `/api/stats/venues?${PERIOD}&sort=name&order=asc&offset=2`,
      tokens[ACCOUNTS.orgTangshan],
    );
    expect(byName.body.items).toHaveLength(1);
  });
});
