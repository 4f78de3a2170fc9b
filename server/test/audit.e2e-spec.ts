import type { AuditEventDto, Page } from '@xinghuo/shared';
import { TestApp } from './support/app';
import { ACCOUNTS, IDS } from './support/fixture';

describe('the audit trail: every change, in its scope, append-only in the database', () => {
  let t: TestApp;
  const tok: Record<string, string> = {};

  beforeAll(async () => {
    t = await TestApp.start();
    await t.reset();
    for (const u of Object.values(ACCOUNTS)) tok[u] = await t.login(u);
    const as = (who: string, method: string, path: string, body: unknown = {}) =>
      t.request(method, path, { token: tok[who], body }).then((r) => {
        if (r.status >= 300) throw new Error(`${method} ${path}: ${r.text}`);
        return r.body;
      });
    const edit = await as(ACCOUNTS.staffOpen, 'PATCH', `/api/venues/${IDS.venueOpen}`, {
      version: 1,
      description: '新介绍',
      geofenceRadiusM: 200,
    });
    await as(ACCOUNTS.orgTangshan, 'POST', `/api/reviews/${edit.reviewId}/approve`);
    await as(ACCOUNTS.staffOpen, 'POST', `/api/venues/${IDS.venueOpen}/checkpoints`, {
      name: '新展台',
      card: { title: '新展台', body: '内容' },
    });
    await as(ACCOUNTS.staffOpen, 'POST', `/api/checkpoints/${IDS.cpOpen2}/revoke-codes`, {
      version: 1,
      confirm: true,
    });
    await as(ACCOUNTS.staffOpen, 'POST', `/api/checkpoints/${IDS.cpRotating}/display-links`, {
      label: '屏',
    });
    await as(ACCOUNTS.staffOpen, 'POST', '/api/trails/proposals', {
      name: '联合路线',
      topic: 'robotics',
      audienceGroups: [],
      ordered: false,
      estimatedMinutes: 60,
      description: '',
      checkpointIds: [IDS.cpOpen1, IDS.cpHours],
    });
    await as(ACCOUNTS.orgTangshan, 'POST', `/api/accounts/${IDS.accStaffHours}/disable`, {
      version: 1,
    });
    await as(ACCOUNTS.orgShaoguan, 'PATCH', `/api/venues/${IDS.venueShaoguan}`, {
      version: 1,
      geofenceRadiusM: 100,
    });
  });
  afterAll(() => t.stop());

  const audit = (who: string, query = '') =>
    t.request<Page<AuditEventDto>>('GET', `/api/audit?pageSize=100${query}`, { token: tok[who] });

  it('records who, in which role, what, before and after, and when', async () => {
    const { body } = await audit(ACCOUNTS.orgNational);
    expect(body.items.map((e) => e.action).sort()).toEqual(
      [
        'account.disable',
        'checkpoint.create',
        'checkpoint.revoke_codes',
        'display_link.create',
        'review.approve',
        'review.submit',
        'review.submit',
        'trail.propose',
        'venue.publish_content',
        'venue.update',
        'venue.update',
      ].sort(),
    );
    const settings = body.items.find(
      (e) => e.action === 'venue.update' && e.entityId === IDS.venueOpen,
    )!;
    expect(settings).toMatchObject({
      actorId: IDS.accStaffOpen,
      actorRole: 'staff',
      actorName: '开放实验室员工',
      before: { geofenceRadiusM: null },
      after: { geofenceRadiusM: 200 },
    });
    const published = body.items.find((e) => e.action === 'venue.publish_content')!;
    expect(published).toMatchObject({
      actorRole: 'organizer',
      before: { description: '全天开放' },
      after: { description: '新介绍' },
    });
    expect(Date.now() - Date.parse(published.at)).toBeLessThan(60_000);
    const revoke = body.items.find((e) => e.action === 'checkpoint.revoke_codes')!;
    expect(revoke).toMatchObject({ before: { qrVersion: 1 }, after: { qrVersion: 2 } });
  });

  it('shows each caller only their scope', async () => {
    const staff = (await audit(ACCOUNTS.staffOpen)).body.items;
    expect(staff.length).toBeGreaterThan(5);
    expect(staff.every((e) => e.venueId === IDS.venueOpen)).toBe(true);
    expect((await audit(ACCOUNTS.staffShaoguan)).body.items.map((e) => e.action)).toEqual([
      'venue.update',
    ]);
    expect((await audit(ACCOUNTS.orgShaoguan)).body.items.map((e) => e.action)).toEqual([
      'venue.update',
    ]);
    const lunan = (await audit(ACCOUNTS.orgLunan)).body.items;
    expect(lunan.every((e) => e.regionCode === '130202')).toBe(true);
    const tangshan = (await audit(ACCOUNTS.orgTangshan)).body.items;
    expect(tangshan.some((e) => e.action === 'account.disable')).toBe(true);
    expect(tangshan.some((e) => e.venueId === IDS.venueShaoguan)).toBe(false);
  });

  it('filters by entity and date and pages', async () => {
    const cp = (await audit(ACCOUNTS.orgNational, `&entityType=checkpoint`)).body;
    expect(cp.items.map((e) => e.action).sort()).toEqual([
      'checkpoint.create',
      'checkpoint.revoke_codes',
    ]);
    const one = (await audit(ACCOUNTS.orgNational, `&entityId=${IDS.cpOpen2}`)).body;
    expect(one.total).toBe(1);
    const page = await t.request<Page<AuditEventDto>>('GET', '/api/audit?page=2&pageSize=4', {
      token: tok[ACCOUNTS.orgNational],
    });
    expect(page.body).toMatchObject({ total: 11, page: 2, pageSize: 4 });
    expect(page.body.items).toHaveLength(4);
    expect((await audit(ACCOUNTS.orgNational, '&to=2020-01-01')).body.total).toBe(0);
    expect((await audit(ACCOUNTS.orgNational, '&from=2020-01-01')).body.total).toBe(11);
    expect((await audit(ACCOUNTS.orgNational, '&from=yesterday')).status).toBe(400);
  });

  it('cannot be changed or deleted, not even by SQL', async () => {
    await expect(t.db.query(`UPDATE audit_event SET actor_name = 'someone else'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(t.db.query(`DELETE FROM audit_event`)).rejects.toThrow(/append-only/);
    await expect(t.db.query(`DELETE FROM audit_event WHERE false`)).rejects.toThrow(/append-only/);
    expect(await t.count('SELECT count(*) n FROM audit_event')).toBe(11);
    const paths = Object.keys((await t.request('GET', '/api/docs/openapi.json')).body.paths).filter(
      (p) => p.includes('audit'),
    );
    expect(paths).toEqual(['/api/audit']);
    expect(
      (await t.request('DELETE', '/api/audit', { token: tok[ACCOUNTS.orgNational] })).status,
    ).toBe(404);
  });
});
