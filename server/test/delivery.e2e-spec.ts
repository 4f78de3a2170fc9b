import { createHash } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { TestApp } from './support/app';
import { IDS } from './support/fixture';

const INLINE = '!function(){document.documentElement.style.fontSize="20px"}()';
const APP_JS = `console.log(${JSON.stringify('星火'.repeat(500))})`;

/** Raw bytes and headers as sent: fetch() would decode the body and pick its own encodings. */
function raw(
  url: string,
  headers: Record<string, string> = {},
): Promise<{
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

describe('delivery: compression, caching, ETags and security headers', () => {
  let t: TestApp;
  beforeAll(async () => {
    const h5 = mkdtempSync(join(tmpdir(), 'xinghuo-h5-'));
    const index = `<!doctype html><html><head><script>${INLINE}</script></head><body><div id="app"></div></body></html>`;
    writeFileSync(join(h5, 'index.html'), index);
    writeFileSync(join(h5, 'index.html.br'), brotliCompressSync(index));
    writeFileSync(join(h5, 'index.html.gz'), gzipSync(index));
    mkdirSync(join(h5, 'js'));
    writeFileSync(join(h5, 'js/app.0123abcd.js'), APP_JS);
    writeFileSync(join(h5, 'js/app.0123abcd.js.br'), brotliCompressSync(APP_JS));
    writeFileSync(join(h5, 'js/app.0123abcd.js.gz'), gzipSync(APP_JS));
    writeFileSync(join(h5, 'robots.txt'), 'User-agent: *');
    writeFileSync(
      join(h5, 'page-assets.json'),
      JSON.stringify({
        '/pages/home/index': ['css/683.0123abcd.css', 'js/683.0123abcd.js'],
        '/pages/check-in/index': ['css/804.4567cdef.css', 'js/804.4567cdef.js'],
      }),
    );
    t = await TestApp.start({ H5_DIR: h5 });
    await t.reset();
  });
  afterAll(async () => {
    await t.stop();
  });

  describe('the H5 app', () => {
    it('sends the brotli or gzip copy made at build time, by Accept-Encoding', async () => {
      const url = `${t.baseUrl}/js/app.0123abcd.js`;
      const br = await raw(url, { 'accept-encoding': 'gzip, deflate, br' });
      expect(br.headers['content-encoding']).toBe('br');
      expect(br.body.equals(brotliCompressSync(APP_JS))).toBe(true);
      expect(br.headers.vary).toMatch(/accept-encoding/i);
      const gz = await raw(url, { 'accept-encoding': 'gzip' });
      expect(gz.headers['content-encoding']).toBe('gzip');
      const plain = await raw(url);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body.toString()).toBe(APP_JS);
    });

    it('caches hashed assets for a year as immutable, and revalidates everything else', async () => {
      const asset = await raw(`${t.baseUrl}/js/app.0123abcd.js`);
      expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      const robots = await raw(`${t.baseUrl}/robots.txt`);
      expect(robots.headers['cache-control']).toBe('no-cache');
      for (const path of ['/', '/pages/trail/index?id=1']) {
        const page = await raw(`${t.baseUrl}${path}`, { 'accept-encoding': 'br' });
        expect(page.headers['cache-control']).toBe('no-cache');
        expect(page.headers['content-encoding']).toBe('br');
        expect(page.headers['content-type']).toMatch(/text\/html/);
      }
    });

    it('sends a CSP that allows the app’s own scripts and its one inline script, and no framing', async () => {
      const page = await raw(`${t.baseUrl}/`);
      const csp = String(page.headers['content-security-policy']);
      const hash = createHash('sha256').update(INLINE).digest('base64');
      expect(csp).toContain(`script-src 'self' 'sha256-${hash}'`);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      expect(page.headers['x-content-type-options']).toBe('nosniff');
      expect(page.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(page.headers['x-frame-options']).toBe('DENY');
    });

    it('opens a printed /q/{token} link as the check-in page itself, without a redirect', async () => {
      const token = 'EAAAAAEAAAABoer0Z4eEOXCgJg';
      const page = await raw(`${t.baseUrl}/q/${token}`, { 'accept-encoding': 'br' });
      expect(page.status).toBe(200);
      expect(page.headers['content-type']).toMatch(/text\/html/);
      expect(page.headers['content-encoding']).toBe('br');
      expect(page.headers['cache-control']).toBe('no-cache');
      const html = (await raw(`${t.baseUrl}/q/${token}`)).body.toString();
      const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
      expect(scripts).toContain(INLINE);
      const route = scripts.find((s) => s.includes('replaceState'))!;
      expect(route).toContain('/pages/check-in/index?code=');
      const csp = String(page.headers['content-security-policy']);
      expect(csp).toContain(`'sha256-${createHash('sha256').update(route).digest('base64')}'`);
      // Anything that is not a token still goes the long way, with no code.
      const hostile = await raw(`${t.baseUrl}/q/%3Cscript%3E`);
      expect(hostile.status).toBe(302);
      expect(hostile.headers.location).toBe('/pages/check-in/index?code=');
    });

    it('preloads the code of the page a first load opens, alongside the app’s', async () => {
      const preloads = async (path: string) =>
        [
          ...(await raw(`${t.baseUrl}${path}`)).body
            .toString()
            .matchAll(/<link rel="preload" href="([^"]+)" as="(script|style)">/g),
        ].map((m) => `${m[2]} ${m[1]}`);
      const home = ['style /css/683.0123abcd.css', 'script /js/683.0123abcd.js'];
      expect(await preloads('/')).toEqual(home);
      expect(await preloads('/pages/home/index?from=share')).toEqual(home);
      expect(await preloads('/q/EAAAAAEAAAABoer0Z4eEOXCgJg')).toEqual([
        'style /css/804.4567cdef.css',
        'script /js/804.4567cdef.js',
      ]);
      expect(await preloads('/pages/no-such/index')).toEqual([]);
    });

    it('sends HSTS only when the request came over TLS', async () => {
      expect((await raw(`${t.baseUrl}/`)).headers['strict-transport-security']).toBeUndefined();
      // Behind a trusted proxy (loopback here) that terminated TLS.
      const tls = await raw(`${t.baseUrl}/`, { 'x-forwarded-proto': 'https' });
      expect(tls.headers['strict-transport-security']).toBe('max-age=31536000');
    });
  });

  describe('the API', () => {
    it('answers JSON with nosniff and a CSP that allows nothing', async () => {
      const res = await raw(`${t.baseUrl}/api/trails`);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['content-security-policy']).toBe(
        "default-src 'none'; frame-ancestors 'none'",
      );
    });

    it.each([
      '/api/trails',
      `/api/trails/${IDS.trailTangshan}`,
      '/api/venues',
      `/api/venues/${IDS.venueOpen}`,
      '/api/regions',
      '/api/campaigns/current',
    ])('gives %s an ETag and answers a matching If-None-Match with 304', async (path) => {
      const first = await raw(`${t.baseUrl}${path}`);
      expect(first.status).toBe(200);
      const etag = String(first.headers.etag);
      expect(etag).toMatch(/^W\/"[A-Za-z0-9_-]+"$/);
      expect(first.headers['cache-control']).toBe('no-cache');
      const again = await raw(`${t.baseUrl}${path}`, { 'if-none-match': etag });
      expect(again.status).toBe(304);
      expect(again.body.length).toBe(0);
      expect(again.headers.etag).toBe(etag);
      const other = await raw(`${t.baseUrl}${path}`, { 'if-none-match': 'W/"something-else"' });
      expect(other.status).toBe(200);
    });

    it('changes the ETag when the catalogue changes', async () => {
      const before = String((await raw(`${t.baseUrl}/api/venues/${IDS.venueOpen}`)).headers.etag);
      await t.db.query(`UPDATE venue SET description = '新的介绍' WHERE id = $1`, [IDS.venueOpen]);
      await t.catalogChanged();
      const after = await raw(`${t.baseUrl}/api/venues/${IDS.venueOpen}`, {
        'if-none-match': before,
      });
      expect(after.status).toBe(200);
      expect(after.headers.etag).not.toBe(before);
    });

    it('puts no ETag on personal or written answers', async () => {
      const token = await t.guest();
      const passport = await t.request('GET', '/api/me/passport', { token });
      expect(passport.headers.get('etag')).toBeNull();
      const checkIn = await t.checkIn(token, { code: await t.codeFor(IDS.cpOpen1) });
      expect(checkIn.headers.get('etag')).toBeNull();
    });
  });
});
