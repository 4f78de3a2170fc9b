import { ACCOUNTS, PASSWORD } from './support/fixture';
import { ManualClock, TestApp } from './support/app';

/** The limits at their production defaults, as an attacker and a school class meet them. */
describe('abuse limits at their defaults', () => {
  // Each test starts a day later at the top of a minute: fresh windows, none turning mid-test.
  const clock = new ManualClock();
  let day = 0;
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start(
      {
        LOGIN_RATE_LIMIT_PER_MINUTE: '',
        GUEST_RATE_LIMIT_PER_MINUTE: '',
        LOGIN_MAX_CONCURRENT_HASHES: '1',
      },
      { clock },
    );
  });
  afterAll(async () => {
    await t.stop();
  });
  beforeEach(async () => {
    day += 1;
    const now = Date.now();
    clock.set(now - (now % 86_400_000) + day * 86_400_000 + 1000);
    await t.reset(new Date(clock.now()));
  });

  const from = (address: string) => ({ 'x-forwarded-for': address });
  const login = (username: string, password: string, address: string) =>
    t.request('POST', '/api/auth/login', { body: { username, password }, headers: from(address) });

  describe('guests', () => {
    it('lets a class of 200 start within two minutes behind one venue Wi-Fi address', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 200; i++) {
        statuses.push(
          (await t.request('POST', '/api/auth/guest', { headers: from('203.0.113.50') })).status,
        );
      }
      expect(statuses.filter((s) => s !== 200)).toEqual([]);
    });

    it('keys IPv6 clients by their /64, so rotating addresses inside it gains nothing', async () => {
      const statuses: number[] = [];
      for (let i = 1; i <= 205; i++) {
        const address = `2001:db8:1:2:${i.toString(16)}::1`;
        statuses.push(
          (await t.request('POST', '/api/auth/guest', { headers: from(address) })).status,
        );
      }
      expect(statuses.slice(0, 200).every((s) => s === 200)).toBe(true);
      expect(statuses.slice(200)).toEqual([429, 429, 429, 429, 429]);
      const neighbour = await t.request('POST', '/api/auth/guest', {
        headers: from('2001:db8:1:3::1'),
      });
      expect(neighbour.status).toBe(200);
    });
  });

  describe('POST /api/auth/wechat', () => {
    it('limits one client network, so it cannot spend the app-wide WeChat quota', async () => {
      const before = t.wechat.calls();
      let limited = 0;
      for (let i = 0; i < 205; i++) {
        const res = await t.request('POST', '/api/auth/wechat', {
          body: { code: `ok-user${i}` },
          headers: from('198.51.100.9'),
        });
        if (res.status === 429) {
          limited++;
          expect(res.body.error.code).toBe('RATE_LIMITED');
          expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
        }
      }
      expect(limited).toBe(5);
      expect(t.wechat.calls() - before).toBe(200);
      const other = await t.request('POST', '/api/auth/wechat', {
        body: { code: 'ok-someone' },
        headers: from('198.51.100.10'),
      });
      expect(other.status).toBe(200);
    });

    it('stops asking WeChat for the rest of the minute once it answers 45011', async () => {
      const first = await t.request('POST', '/api/auth/wechat', {
        body: { code: 'ratelimited' },
        headers: from('192.0.2.1'),
      });
      expect(first.status).toBe(429);
      expect(first.body.error.code).toBe('WECHAT_RATE_LIMITED');
      const calls = t.wechat.calls();
      const next = await t.request('POST', '/api/auth/wechat', {
        body: { code: 'ok-later' },
        headers: from('192.0.2.2'),
      });
      expect(next.status).toBe(429);
      expect(next.body.error.code).toBe('WECHAT_RATE_LIMITED');
      expect(Number(next.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(t.wechat.calls()).toBe(calls);
    });
  });

  describe('POST /api/auth/login', () => {
    it('lets the owner in from their own network however often strangers guess elsewhere', async () => {
      for (let i = 0; i < 3; i++) {
        for (let j = 0; j < 12; j++) {
          await login(ACCOUNTS.staffOpen, `guess-${i}-${j}`, `192.0.2.${10 + i}`);
        }
      }
      expect((await login(ACCOUNTS.staffOpen, 'guess', '192.0.2.10')).status).toBe(429);
      const owner = await login(ACCOUNTS.staffOpen, PASSWORD, '198.51.100.77');
      expect(owner.status).toBe(200);
    });

    it('backs off longer the more one network keeps failing on one account', async () => {
      const waits: number[] = [];
      for (let i = 0; i < 32; i++) {
        const res = await login(ACCOUNTS.orgLunan, `guess-${i}`, '192.0.2.99');
        if (res.status === 429) waits.push(Number(res.headers.get('retry-after')));
        else expect(res.status).toBe(401);
      }
      // 10 a minute, then 30 an hour: the wait grows from under a minute to most of an hour.
      expect(waits.length).toBe(22);
      expect(waits[0]).toBeLessThanOrEqual(60);
      expect(waits[waits.length - 1]).toBeGreaterThan(60);
    });

    it('limits one network spraying a password across many names, known or not', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 32; i++) {
        statuses.push((await login(`user-${i}`, PASSWORD, '203.0.113.200')).status);
      }
      expect(statuses.slice(0, 30).every((s) => s === 401)).toBe(true);
      expect(statuses.slice(30)).toEqual([429, 429]);
      expect((await login(ACCOUNTS.orgShaoguan, PASSWORD, '203.0.113.201')).status).toBe(200);
    });

    it('computes a bounded number of hashes at once and tells the excess to retry', async () => {
      const burst = await Promise.all(
        Array.from({ length: 24 }, (_, i) => login(`nobody-${i}`, 'x', `10.${i}.0.1`)),
      );
      const busy = burst.filter((r) => r.status === 503);
      expect(busy.length).toBeGreaterThan(0);
      for (const res of busy) {
        expect(res.body.error.code).toBe('AUTH_BUSY');
        expect(res.headers.get('retry-after')).toBe('1');
      }
      expect(burst.filter((r) => r.status !== 503).every((r) => r.status === 401)).toBe(true);
      expect((await login(ACCOUNTS.orgShaoguan, PASSWORD, '10.200.0.1')).status).toBe(200);
    });
  });
});
