import type { SessionResponse } from '@xinghuo/shared';
import { ManualClock, TestApp } from './support/app';
import { ACCOUNTS, DAY_MS } from './support/fixture';

describe('sliding visitor sessions', () => {
  const clock = new ManualClock();
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start({}, { clock });
  });
  afterAll(async () => {
    await t.stop();
  });
  beforeEach(async () => {
    clock.set(Date.now());
    await t.reset(new Date(clock.now()));
  });

  const refresh = (token: string) => t.request('POST', '/api/auth/refresh', { token });

  it('keeps a visitor who comes back every few weeks on one passport past the 30-day lifetime', async () => {
    const first = await t.request<SessionResponse>('POST', '/api/auth/guest');
    expect(Date.parse(first.body.refreshAfter) - (clock.now() + 15 * DAY_MS)).toBeLessThanOrEqual(
      0,
    );
    expect(Date.parse(first.body.refreshAfter) - (clock.now() + 15 * DAY_MS)).toBeGreaterThan(
      -1000,
    );
    let token = first.body.token;
    for (let visit = 0; visit < 4; visit++) {
      clock.advance(20 * DAY_MS);
      const renewed = await refresh(token);
      expect(renewed.status).toBe(200);
      expect(renewed.body.principal.id).toBe(first.body.principal.id);
      expect(renewed.body.token).not.toBe(token);
      expect(clock.now() + 30 * DAY_MS - Date.parse(renewed.body.expiresAt)).toBeLessThan(1000);
      token = renewed.body.token;
    }
    // 80 days after the first visit: the old token is long expired, the renewed one works.
    expect((await t.request('GET', '/api/me/passport', { token: first.body.token })).status).toBe(
      401,
    );
    const passport = await t.request('GET', '/api/me/passport', { token });
    expect(passport.status).toBe(200);
    expect(passport.body.visitor.id).toBe(first.body.principal.id);
  });

  it('answers a token in the first half of its life with itself', async () => {
    const first = await t.request<SessionResponse>('POST', '/api/auth/guest');
    clock.advance(3 * DAY_MS);
    const same = await refresh(first.body.token);
    expect(same.status).toBe(200);
    expect(same.body.token).toBe(first.body.token);
    expect(same.body.expiresAt).toBe(first.body.expiresAt);
    expect(same.body.refreshAfter).toBe(first.body.refreshAfter);
  });

  it('renews no expired token, no erased visitor and no staff token', async () => {
    const guest = await t.request<SessionResponse>('POST', '/api/auth/guest');
    clock.advance(31 * DAY_MS);
    const expired = await refresh(guest.body.token);
    expect(expired.status).toBe(401);
    expect(expired.body.error.code).toBe('TOKEN_EXPIRED');

    const erased = await t.request<SessionResponse>('POST', '/api/auth/guest');
    clock.advance(16 * DAY_MS);
    expect((await t.request('DELETE', '/api/me', { token: erased.body.token })).status).toBe(204);
    expect((await refresh(erased.body.token)).status).toBe(401);

    const staff = await t.login(ACCOUNTS.staffOpen);
    const refused = await refresh(staff);
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('FORBIDDEN');
  });
});
