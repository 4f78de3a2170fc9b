import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestApp } from './support/app';

describe('platform: health, docs, errors, H5 hosting', () => {
  let t: TestApp;
  beforeAll(async () => {
    const h5 = mkdtempSync(join(tmpdir(), 'xinghuo-h5-'));
    writeFileSync(
      join(h5, 'index.html'),
      '<!doctype html><title>星火探馆</title><div id="app"></div>',
    );
    writeFileSync(join(h5, 'app.js'), 'console.log(1)');
    t = await TestApp.start({ H5_DIR: h5 });
  });
  afterAll(async () => {
    await t.stop();
  });

  it('has migrations that match the entities: no schema change is pending', async () => {
    const pending = await t.db.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('GET /api/health says the process is alive; /api/health/ready checks what it needs', async () => {
    const live = await t.request('GET', '/api/health');
    expect(live.status).toBe(200);
    expect(live.body).toMatchObject({ status: 'ok' });
    const ready = await t.request('GET', '/api/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body).toMatchObject({
      status: 'ready',
      database: 'up',
      writer: { state: 'connected', pending: 0, queueLimit: 2000 },
    });
  });

  it('serves OpenAPI generated from the code', async () => {
    const doc = await t.request('GET', '/api/docs/openapi.json');
    expect(doc.status).toBe(200);
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/check-ins',
        '/api/auth/login',
        '/api/me/passport',
        '/api/checkpoints/{id}/qr',
      ]),
    );
    expect(doc.body.components.schemas.CheckInDto.required).toContain('code');
    const checkIn = doc.body.paths['/api/check-ins'].post;
    expect(checkIn.security).toEqual([{ bearer: [] }]);
    expect(
      checkIn.responses['401'].content['application/json'].schema.properties.error.properties.code
        .enum,
    ).toEqual(['UNAUTHENTICATED', 'TOKEN_EXPIRED']);
    expect(
      checkIn.responses['422'].content['application/json'].schema.properties.error.properties.code
        .enum,
    ).toContain('QR_INVALID');
    expect(doc.body.paths['/api/venues'].get.security).toEqual([]);
    expect((await t.request('GET', '/api/docs')).status).toBe(200);
  });

  it('answers unknown API routes with the JSON error shape', async () => {
    const res = await t.request('GET', '/api/does-not-exist');
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ error: { code: 'NOT_FOUND', message: expect.any(String) } });
    expect((await t.request('DELETE', '/api/trails')).status).toBe(404);
  });

  it('serves the H5 app with history fallback for client-side routes', async () => {
    const root = await t.request('GET', '/');
    expect(root.status).toBe(200);
    expect(root.text).toContain('星火探馆');
    const deep = await t.request('GET', '/pages/trail/index?id=1');
    expect(deep.status).toBe(200);
    expect(deep.headers.get('content-type')).toContain('text/html');
    const asset = await t.request('GET', '/app.js');
    expect(asset.text).toBe('console.log(1)');
  });

  it('opens the printed /q/{token} URL as the H5 check-in page', async () => {
    // The page itself (it moves to the check-in route in the browser: one round trip less).
    const res = await t.request('GET', '/q/EAAAAAEAAAABoer0Z4eEOXCgJg');
    expect(res.status).toBe(200);
    expect(res.text).toContain('/pages/check-in/index?code=');
    const hostile = await t.request('GET', '/q/%3Cscript%3E');
    expect(hostile.headers.get('location')).toBe('/pages/check-in/index?code=');
  });
});
