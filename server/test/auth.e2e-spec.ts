import type { SessionResponse } from '@xinghuo/shared';
import { TokenService } from '../src/auth/token.service';
import { ManualClock, TestApp } from './support/app';
import { ACCOUNTS, PASSWORD } from './support/fixture';

describe('identity', () => {
  // Held still within a test, so counting a limit never straddles a minute; a minute on before each.
  const clock = new ManualClock();
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start(
      { LOGIN_RATE_LIMIT_PER_MINUTE: '5', GUEST_RATE_LIMIT_PER_MINUTE: '20' },
      { clock },
    );
  });
  afterAll(async () => {
    await t.stop();
  });
  beforeEach(async () => {
    clock.advance(60_000);
    await t.reset();
  });

  describe('POST /api/auth/guest', () => {
    it('limits new visitors per client address, and creates none past the limit', async () => {
      // Behind a trusted proxy (loopback here) the address is the one it forwards.
      const from = (address: string) =>
        t.request('POST', '/api/auth/guest', { headers: { 'x-forwarded-for': address } });
      for (let i = 0; i < 20; i++) expect((await from('203.0.113.7')).status).toBe(200);
      const before = await t.count('SELECT count(*) n FROM visitor');
      const limited = await from('203.0.113.7');
      expect(limited.status).toBe(429);
      expect(limited.body.error.code).toBe('RATE_LIMITED');
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(await t.count('SELECT count(*) n FROM visitor')).toBe(before);
      expect((await from('198.51.100.20')).status).toBe(200);
    });

    it('issues a token bound to a new anonymous visitor', async () => {
      const a = await t.request<SessionResponse>('POST', '/api/auth/guest');
      const b = await t.request<SessionResponse>('POST', '/api/auth/guest');
      expect(a.status).toBe(200);
      expect(a.body.principal).toMatchObject({ role: 'visitor', displayName: null });
      expect(a.body.principal.id).not.toBe(b.body.principal.id);
      const passport = await t.request('GET', '/api/me/passport', { token: a.body.token });
      expect(passport.status).toBe(200);
      expect(passport.body.visitor.id).toBe(a.body.principal.id);
    });
  });

  describe('POST /api/auth/wechat', () => {
    it('maps one openid to one visitor and never returns the session_key', async () => {
      const first = await t.request<SessionResponse>('POST', '/api/auth/wechat', {
        body: { code: 'ok-alice' },
      });
      const again = await t.request<SessionResponse>('POST', '/api/auth/wechat', {
        body: { code: 'ok-alice' },
      });
      const other = await t.request<SessionResponse>('POST', '/api/auth/wechat', {
        body: { code: 'ok-bob' },
      });
      expect(first.status).toBe(200);
      expect(again.body.principal.id).toBe(first.body.principal.id);
      expect(other.body.principal.id).not.toBe(first.body.principal.id);
      expect(first.text).not.toContain('secret-session-key');
      const rows = (await t.db.query(`SELECT * FROM visitor`)) as unknown[];
      expect(JSON.stringify(rows)).not.toContain('secret-session-key');
    });

    it.each([
      ['invalid', 400, 'WECHAT_CODE_INVALID'],
      ['busy', 503, 'WECHAT_UNAVAILABLE'],
      // Last: after 45011 WeChat is not asked again within the minute.
      ['ratelimited', 429, 'WECHAT_RATE_LIMITED'],
    ])('turns WeChat errcode for %s into %s %s', async (code, status, errorCode) => {
      const res = await t.request('POST', '/api/auth/wechat', { body: { code } });
      expect(res.status).toBe(status);
      expect(res.body.error.code).toBe(errorCode);
      expect(
        Number(
          ((await t.db.query(`SELECT count(*) n FROM visitor`)) as Array<{ n: string }>)[0]!.n,
        ),
      ).toBe(0);
    });

    it('refuses a malformed code before calling WeChat', async () => {
      const res = await t.request('POST', '/api/auth/wechat', { body: { code: 'a b&c=d' } });
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'code' });
    });
  });

  describe('POST /api/auth/login', () => {
    it('logs staff in with their venue scope and organizers with their region', async () => {
      const staff = await t.request<SessionResponse>('POST', '/api/auth/login', {
        body: { username: ACCOUNTS.staffOpen, password: PASSWORD },
      });
      expect(staff.status).toBe(200);
      expect(staff.body.principal).toMatchObject({ role: 'staff', venueId: expect.any(String) });
      const org = await t.request<SessionResponse>('POST', '/api/auth/login', {
        body: { username: ACCOUNTS.orgTangshan, password: PASSWORD },
      });
      expect(org.body.principal).toMatchObject({
        role: 'organizer',
        regionCode: '130200',
        displayName: '唐山市科协',
      });
    });

    it('answers a wrong password and an unknown user alike', async () => {
      const wrong = await t.request('POST', '/api/auth/login', {
        body: { username: ACCOUNTS.staffOpen, password: 'nope' },
      });
      const unknown = await t.request('POST', '/api/auth/login', {
        body: { username: 'ghost', password: 'nope' },
      });
      expect(wrong.status).toBe(401);
      expect(unknown.status).toBe(401);
      expect(wrong.body).toEqual(unknown.body);
      expect(wrong.body.error.code).toBe('INVALID_CREDENTIALS');
    });

    it('limits attempts per account, not per address', async () => {
      for (let i = 0; i < 5; i++) {
        await t.request('POST', '/api/auth/login', {
          body: { username: ACCOUNTS.orgLunan, password: 'guess' },
        });
      }
      const limited = await t.request('POST', '/api/auth/login', {
        body: { username: ACCOUNTS.orgLunan, password: PASSWORD },
      });
      expect(limited.status).toBe(429);
      expect(limited.body.error.code).toBe('RATE_LIMITED');
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      const other = await t.request('POST', '/api/auth/login', {
        body: { username: ACCOUNTS.orgShaoguan, password: PASSWORD },
      });
      expect(other.status).toBe(200);
    });

    it.each([
      ['no body', undefined, 'username'],
      ['a number for a username', { username: 1, password: 'x' }, 'username'],
      ['an SQL snippet', { username: "' OR '1'='1", password: "' OR '1'='1" }, null],
      ['extra fields', { username: 'a', password: 'b', role: 'organizer' }, 'role'],
    ])('refuses %s without a 500', async (_, body, field) => {
      const res = await t.request('POST', '/api/auth/login', { body });
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      if (field) expect(res.body.error.field).toBe(field);
      else expect(res.body.error.code).toBe('INVALID_CREDENTIALS');
    });
  });

  describe('bearer tokens', () => {
    it('refuses a missing, malformed, tampered or foreign token', async () => {
      const token = await t.guest();
      const [body, sig] = token.split('.') as [string, string];
      const payload = JSON.parse(Buffer.from(body, 'base64url').toString()) as Record<
        string,
        unknown
      >;
      const promoted = Buffer.from(
        JSON.stringify({ ...payload, r: 'organizer', g: '100000' }),
      ).toString('base64url');
      for (const bad of [
        undefined,
        'garbage',
        `${promoted}.${sig}`,
        `${body}.${sig.slice(0, -3)}abc`,
        // One token must not have many spellings (each would take a slot in the token memory).
        `${token}!!!`,
        `${token}=`,
      ]) {
        const res = await t.request('GET', '/api/me/passport', { token: bad });
        expect(res.status).toBe(401);
        expect(res.body.error.code).toBe('UNAUTHENTICATED');
      }
    });

    it('refuses an expired token with its own code', async () => {
      const tokens = t.app.get(TokenService);
      const { token } = tokens.issue(
        { role: 'visitor', id: '00000000-0000-4000-a000-00000000ffff' },
        1,
        Date.now() - 2 * 3_600_000,
      );
      const res = await t.request('GET', '/api/me/passport', { token });
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe('TOKEN_EXPIRED');
    });
  });
});
