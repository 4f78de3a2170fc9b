import { Writable } from 'node:stream';
import type { SessionResponse } from '@xinghuo/shared';
import { TestApp } from './support/app';
import { FENCE_CENTRE, IDS } from './support/fixture';

describe('logs', () => {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start({ LOG_REQUESTS: '1', LOG_FORMAT: 'json' }, { logTo: sink });
    await t.reset();
  });
  afterAll(async () => {
    await t.stop();
  });

  it('writes one JSON line per request with id, method, route, status and latency, and no personal data', async () => {
    const wechat = await t.request<SessionResponse>('POST', '/api/auth/wechat', {
      body: { code: 'ok-logged-person' },
    });
    const token = wechat.body.token;
    const code = await t.codeFor(IDS.cpFence);
    const qrToken = code.split('/q/')[1]!;
    const lat = FENCE_CENTRE.lat + 0.000123;
    const lng = FENCE_CENTRE.lng + 0.000456;
    const checkIn = await t.checkIn(token, { code, location: { lat, lng, accuracyM: 9 } });
    expect(checkIn.status).toBe(201);
    await t.request('GET', `/api/venues?near=${lat},${lng}`);
    await t.request('GET', `/q/${qrToken}`);
    await t.request('GET', '/api/me/passport', {
      token,
      headers: { 'x-request-id': 'client-chosen-id-42' },
    });
    // A failing query with an openid among its parameters, as TypeORM would log it.
    await expect(t.db.query('SELECT $1::int AS n', ['openid-logged-person'])).rejects.toThrow();
    await new Promise((resolve) => setImmediate(resolve));

    const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const requests = entries.filter((e) => e.msg === 'request');
    expect(requests.map((e) => `${e.method} ${e.route} ${e.status}`)).toEqual(
      expect.arrayContaining([
        'POST /api/auth/wechat 200',
        'POST /api/check-ins 201',
        'GET /api/venues 200',
        'GET /q/:token 302',
        'GET /api/me/passport 200',
      ]),
    );
    for (const entry of requests) {
      expect(typeof entry.reqId).toBe('string');
      expect(typeof entry.ms).toBe('number');
      expect(entry.level).toBe('info');
    }
    expect(requests.find((e) => e.route === '/api/me/passport')?.reqId).toBe('client-chosen-id-42');
    // Boot announces no routes at the default level: production logs start with what matters.
    expect(entries.filter((e) => String(e.msg).startsWith('Mapped {'))).toEqual([]);
    expect(entries.some((e) => e.context === 'Database' && e.level === 'error')).toBe(true);

    const all = lines.join('\n');
    for (const secret of [
      'openid-logged-person',
      token,
      token.split('.')[1]!,
      qrToken,
      String(lat),
      String(lng),
      lat.toFixed(4),
    ]) {
      expect(all).not.toContain(secret);
    }
    // No client addresses or headers either.
    for (const entry of requests) {
      expect(Object.keys(entry).sort()).toEqual(
        ['level', 'method', 'ms', 'msg', 'reqId', 'route', 'service', 'status', 'time'].sort(),
      );
    }
  });

  it('answers with the request id it logged', async () => {
    const res = await t.request('GET', '/api/health');
    const id = res.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(lines.some((line) => line.includes(id!))).toBe(true);
  });
});
