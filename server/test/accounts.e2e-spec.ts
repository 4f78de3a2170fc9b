import type { AccountWithPasswordResponse, ApiErrorBody, SessionResponse } from '@xinghuo/shared';
import { ACCOUNT_STATE_TTL_MS } from '../src/auth/account-sessions';
import { ACCOUNTS, IDS } from './support/fixture';
import { withSignedInApp } from './support/signed-in';

describe('accounts: organizers manage below them; sessions end when an account is disabled or reset', () => {
  const ctx = withSignedInApp();
  const { tok } = ctx;

  const create = (who: string, body: Record<string, unknown>) =>
    ctx.t.request<AccountWithPasswordResponse & ApiErrorBody>('POST', '/api/accounts', {
      token: tok[who],
      body,
    });
  const signIn = (username: string, password: string) =>
    ctx.t.request<SessionResponse & ApiErrorBody>('POST', '/api/auth/login', {
      body: { username, password },
    });

  it('makes a staff account with a temporary password that must be changed before anything else', async () => {
    const made = await create(ACCOUNTS.orgTangshan, {
      role: 'staff',
      username: 'new-staff',
      displayName: '新员工',
      venueId: IDS.venueOpen,
    });
    expect(made.status).toBe(201);
    expect(made.body.account).toMatchObject({
      role: 'staff',
      venueId: IDS.venueOpen,
      mustChangePassword: true,
    });
    const session = await signIn('new-staff', made.body.temporaryPassword);
    expect(session.body.mustChangePassword).toBe(true);
    const token = session.body.token;
    const blocked = await ctx.t.request('GET', '/api/admin/venues', { token });
    expect(blocked.status).toBe(403);
    expect(blocked.body.error.code).toBe('PASSWORD_CHANGE_REQUIRED');
    const me = await ctx.t.request('GET', '/api/auth/me', { token });
    expect(me.body).toMatchObject({
      username: 'new-staff',
      mustChangePassword: true,
      venue: { name: '开放实验室' },
    });
    expect(me.body.region.fullName).toBe('河北省 / 唐山市 / 路南区');

    const change = (currentPassword: string, newPassword: string) =>
      ctx.t.request<SessionResponse & ApiErrorBody>('POST', '/api/auth/password', {
        token,
        body: { currentPassword, newPassword },
      });
    expect((await change('wrong-one', 'a-good-password')).body.error).toMatchObject({
      code: 'PASSWORD_INCORRECT',
      field: 'currentPassword',
    });
    expect((await change(made.body.temporaryPassword, 'short')).body.error.code).toBe(
      'PASSWORD_TOO_WEAK',
    );
    expect((await change(made.body.temporaryPassword, 'new-staff-2025')).body.error.code).toBe(
      'PASSWORD_TOO_WEAK',
    );
    // Tokens carry whole seconds: the old one must be from an earlier second than the change.
    await new Promise((r) => setTimeout(r, 1005 - (Date.now() % 1000)));
    const changed = await change(made.body.temporaryPassword, 'a-good-password');
    expect(changed.status).toBe(200);
    expect(changed.body.mustChangePassword).toBe(false);
    expect(
      (await ctx.t.request('GET', '/api/admin/venues', { token: changed.body.token })).status,
    ).toBe(200);
    const old = await ctx.t.request('GET', '/api/auth/me', { token });
    expect(old.status).toBe(401);
    expect(old.body.error.code).toBe('TOKEN_EXPIRED');
  });

  it.each([
    [
      'an organizer strictly below',
      ACCOUNTS.orgTangshan,
      { role: 'organizer', regionCode: '130202' },
      201,
    ],
    [
      'an organizer at the own level',
      ACCOUNTS.orgTangshan,
      { role: 'organizer', regionCode: '130200' },
      403,
    ],
    ['an organizer above', ACCOUNTS.orgTangshan, { role: 'organizer', regionCode: '130000' }, 403],
    ['an organizer beside', ACCOUNTS.orgTangshan, { role: 'organizer', regionCode: '440200' }, 403],
    [
      'staff of a venue elsewhere',
      ACCOUNTS.orgTangshan,
      { role: 'staff', venueId: IDS.venueShaoguan },
      403,
    ],
    [
      'staff of a venue beside a district',
      ACCOUNTS.orgLunan,
      { role: 'staff', venueId: IDS.venueHours },
      403,
    ],
    ['an unknown region', ACCOUNTS.orgNational, { role: 'organizer', regionCode: '990000' }, 422],
    [
      'staff with a region',
      ACCOUNTS.orgNational,
      { role: 'staff', venueId: IDS.venueOpen, regionCode: '130202' },
      400,
    ],
  ])('creating %s answers %s', async (_, who, body, status) => {
    const res = await create(who, { username: 'someone', displayName: '某人', ...body });
    expect(res.status).toBe(status);
    expect(await ctx.t.count(`SELECT count(*) n FROM account WHERE username = 'someone'`)).toBe(
      status === 201 ? 1 : 0,
    );
  });

  it('refuses a taken username, also when two creations race', async () => {
    const body = { role: 'staff', username: 'twin', displayName: '双胞胎', venueId: IDS.venueOpen };
    const both = await Promise.all([
      create(ACCOUNTS.orgTangshan, body),
      create(ACCOUNTS.orgNational, body),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(
      (await create(ACCOUNTS.orgTangshan, { ...body, username: 'staff-open' })).body.error.code,
    ).toBe('USERNAME_TAKEN');
  });

  it('disables at once in this process, and a disabled account cannot sign in', async () => {
    const lunan = IDS.accOrgLunan;
    expect(
      (
        await ctx.t.request('POST', `/api/accounts/${IDS.accOrgTangshan}/disable`, {
          token: tok[ACCOUNTS.orgLunan],
          body: { version: 1 },
        })
      ).status,
    ).toBe(403);
    const off = await ctx.t.request('POST', `/api/accounts/${lunan}/disable`, {
      token: tok[ACCOUNTS.orgTangshan],
      body: { version: 1 },
    });
    expect(off.body).toMatchObject({ disabled: true, version: 2 });
    const refused = await ctx.t.request('GET', '/api/audit', { token: tok[ACCOUNTS.orgLunan] });
    expect(refused.status).toBe(401);
    expect(refused.body.error.code).toBe('ACCOUNT_DISABLED');
    expect((await signIn(ACCOUNTS.orgLunan, 'kepu2025')).body.error.code).toBe('ACCOUNT_DISABLED');
    const stale = await ctx.t.request('POST', `/api/accounts/${lunan}/enable`, {
      token: tok[ACCOUNTS.orgTangshan],
      body: { version: 1 },
    });
    expect(stale.status).toBe(409);
    await ctx.t.request('POST', `/api/accounts/${lunan}/enable`, {
      token: tok[ACCOUNTS.orgTangshan],
      body: { version: 2 },
    });
    expect(
      (await ctx.t.request('GET', '/api/audit', { token: tok[ACCOUNTS.orgLunan] })).status,
    ).toBe(200);
  });

  it('stops a session within seconds when another process disables the account', async () => {
    expect(
      (await ctx.t.request('GET', '/api/auth/me', { token: tok[ACCOUNTS.staffOpen] })).status,
    ).toBe(200);
    await ctx.t.db.query('UPDATE account SET disabled_at = now() WHERE id = $1', [
      IDS.accStaffOpen,
    ]);
    await new Promise((r) => setTimeout(r, ACCOUNT_STATE_TTL_MS + 100));
    expect(
      (await ctx.t.request('GET', '/api/auth/me', { token: tok[ACCOUNTS.staffOpen] })).status,
    ).toBe(401);
  });

  it('reset ends old sessions and hands out a temporary password; all of it is audited', async () => {
    const reset = await ctx.t.request<AccountWithPasswordResponse & ApiErrorBody>(
      'POST',
      `/api/accounts/${IDS.accStaffOpen}/reset-password`,
      {
        token: tok[ACCOUNTS.orgTangshan],
        body: { version: 1 },
      },
    );
    expect(reset.status).toBe(200);
    expect(
      (await ctx.t.request('GET', '/api/auth/me', { token: tok[ACCOUNTS.staffOpen] })).body.error
        .code,
    ).toBe('TOKEN_EXPIRED');
    expect((await signIn(ACCOUNTS.staffOpen, 'kepu2025')).status).toBe(401);
    expect(
      (await signIn(ACCOUNTS.staffOpen, reset.body.temporaryPassword)).body.mustChangePassword,
    ).toBe(true);
    const audit = await ctx.t.request('GET', '/api/audit?entityType=account', {
      token: tok[ACCOUNTS.orgTangshan],
    });
    expect(audit.body.items[0]).toMatchObject({
      action: 'account.reset_password',
      actorName: '唐山市科协',
      actorRole: 'organizer',
      entityId: IDS.accStaffOpen,
      after: { mustChangePassword: true },
    });
    expect(JSON.stringify(audit.body)).not.toContain(reset.body.temporaryPassword);
  });

  it('lists only the accounts the organizer manages', async () => {
    const list = await ctx.t.request('GET', '/api/accounts?pageSize=50', {
      token: tok[ACCOUNTS.orgTangshan],
    });
    expect(list.body.items.map((a: { username: string }) => a.username).sort()).toEqual(
      [ACCOUNTS.orgLunan, ACCOUNTS.staffHours, ACCOUNTS.staffOpen].sort(),
    );
    const staff = await ctx.t.request('GET', '/api/accounts?role=staff&q=open', {
      token: tok[ACCOUNTS.orgNational],
    });
    expect(staff.body).toMatchObject({ total: 1, items: [{ username: ACCOUNTS.staffOpen }] });
    expect(
      (
        await ctx.t.request('GET', '/api/accounts?region=440200', {
          token: tok[ACCOUNTS.orgTangshan],
        })
      ).status,
    ).toBe(403);
  });
});
