import { ManualClock, TestApp } from './support/app';
import { ACCOUNTS, IDS } from './support/fixture';
import { at, fold, playScenario, type Scenario } from './support/stats-scenario';

/** Every figures view the scenario touches, as the national organizer and the venue's staff see them. */
async function allFigures(t: TestApp): Promise<unknown> {
  const national = await t.login(ACCOUNTS.orgNational);
  const staff = await t.login(ACCOUNTS.staffOpen);
  const views: Record<string, unknown> = {};
  for (const [token, who] of [
    [national, 'national'],
    [staff, 'staff'],
  ] as const) {
    for (const period of [
      'from=2025-09-10&to=2025-09-12',
      'from=2025-09-11&to=2025-09-11',
      'from=2025-09-12&to=2025-09-12',
    ]) {
      for (const view of [
        'overview',
        'daily',
        'hourly',
        'audience-groups',
        'venue-kinds',
        'funnels',
        'topics',
        'learning',
        'compare',
      ]) {
        const res = await t.request<Record<string, unknown>>(
          'GET',
          `/api/stats/${view}?${period}`,
          { token },
        );
        expect(res.status).toBe(200);
        const { asOf: _asOf, ...figures } = res.body;
        views[`${who} ${view} ${period}`] = figures;
      }
    }
  }
  return views;
}

/** Rows anywhere that still carry the visitor's id. */
async function rowsOf(t: TestApp, id: string): Promise<Record<string, number>> {
  const tables: Record<string, string> = {
    visitor: 'id',
    check_in: 'visitor_id',
    idempotency_record: 'visitor_id',
    venue_visit: 'visitor_key',
    trail_progress: 'visitor_key',
    trail_fold: 'visitor_key',
  };
  const found: Record<string, number> = {};
  for (const [table, column] of Object.entries(tables)) {
    found[table] = await t.count(`SELECT count(*) n FROM ${table} WHERE ${column} = $1`, [id]);
  }
  return found;
}

const NONE = {
  visitor: 0,
  check_in: 0,
  idempotency_record: 0,
  venue_visit: 0,
  trail_progress: 0,
  trail_fold: 0,
};

describe('erasure keeps every figure', () => {
  const clock = new ManualClock();
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start({}, { clock });
  });
  afterAll(async () => {
    await t.stop();
  });

  /** The scenario, then one more stamp of B's that the folder has not seen yet. */
  async function scenarioWithPending(): Promise<Scenario> {
    const s = await playScenario(t, clock);
    await t.request('POST', `/api/check-ins/${s.stamps.b1}/answer`, {
      token: s.tokens.b,
      body: { choice: 1 },
    });
    clock.set(at('2025-09-12T11:00:00'));
    const res = await t.checkIn(s.tokens.b, { code: await t.codeFor(IDS.cpHours) });
    expect(res.status).toBe(201);
    return s;
  }

  it('erasing a visitor, some of whose check-ins are not folded yet, changes no figure', async () => {
    await scenarioWithPending();
    await fold(t);
    const kept = await allFigures(t);

    const s = await scenarioWithPending();
    expect((await t.request('DELETE', '/api/me', { token: s.tokens.b })).status).toBe(204);
    expect(await rowsOf(t, s.ids.b)).toEqual(NONE);
    expect(await t.count('SELECT count(*) n FROM check_in_answer')).toBe(0);
    await fold(t);
    expect(await allFigures(t)).toEqual(kept);
  });

  it('leaves the figures of a visitor erased twice, or never seen, alone', async () => {
    const s = await playScenario(t, clock);
    const kept = await allFigures(t);
    expect((await t.request('DELETE', '/api/me', { token: s.tokens.c })).status).toBe(204);
    expect((await t.request('DELETE', '/api/me', { token: s.tokens.c })).status).toBe(204);
    const fresh = await t.guest();
    expect((await t.request('DELETE', '/api/me', { token: fresh })).status).toBe(204);
    await fold(t);
    expect(await allFigures(t)).toEqual(kept);
  });
});
