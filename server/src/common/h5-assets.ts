import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** Names with a content hash (`app.527d93eb.js`, `210.46e599b4e03b67fc6b23.css`): safe to keep forever. */
export const HASHED_ASSET = /\.[0-9a-f]{8,}\.[a-z0-9]+$/;

/**
 * The app's first page, which `/` shows, and the page a printed code opens (the mini-program's
 * `PAGES` in miniapp/src/lib/routes.ts).
 */
const HOME_ROUTE = '/pages/home/index';
export const CHECK_IN_ROUTE = '/pages/check-in/index';

/**
 * Put into the page served at `/q/{token}`: moves the browser to the check-in route before the
 * app starts, so a scan costs no redirect round trip (the longest step of a first load on a
 * slow network). It reads the token from the address, so it is one fixed script with one hash.
 */
const SCAN_ROUTE_SCRIPT = `history.replaceState(null,"","${CHECK_IN_ROUTE}?code="+encodeURIComponent(location.pathname.split("/")[2]||""))`;

interface Page {
  raw: Buffer;
  br: Buffer | null;
  gzip: Buffer | null;
}

/**
 * The built H5 app; its index.html answers every client-side route (history fallback). Each
 * page route gets its own copy of the HTML that preloads that page's chunk (from
 * `page-assets.json`, written by the build), made once at start with its compressed forms.
 * The page's Content-Security-Policy is made here too, because it names the inline scripts by
 * hash: 'unsafe-inline' stays out of script-src.
 */
export class H5Assets {
  private readonly index: Page | null;
  private readonly pages = new Map<string, Page>();
  private readonly scan: Page | null;
  readonly contentSecurityPolicy: string;

  constructor(readonly dir: string) {
    const file = join(dir, 'index.html');
    const read = (path: string) => (existsSync(path) ? readFileSync(path) : null);
    const index = read(file);
    const html = index?.toString('utf8');
    this.index = index && { raw: index, br: read(`${file}.br`), gzip: read(`${file}.gz`) };
    const assets = JSON.parse(
      read(join(dir, 'page-assets.json'))?.toString('utf8') ?? '{}',
    ) as Record<string, string[]>;
    for (const [route, files] of Object.entries(assets)) {
      if (html) this.pages.set(route, compressed(inHead(html, files.map(preload).join(''))));
    }
    const scanTag = `${(assets[CHECK_IN_ROUTE] ?? []).map(preload).join('')}<script>${SCAN_ROUTE_SCRIPT}</script>`;
    this.scan = html ? compressed(inHead(html, scanTag)) : null;
    this.contentSecurityPolicy = pagePolicy(html ? inHead(html, scanTag) : '');
  }

  get available(): boolean {
    return this.index !== null;
  }

  /** The app for the printed link of a checkpoint (a valid token only: see the controller). */
  sendScanPage(request: FastifyRequest, reply: FastifyReply) {
    return this.send(this.scan, request, reply);
  }

  /** The app for any client-side route, preloading that route's page when it is known. */
  sendIndex(request: FastifyRequest, reply: FastifyReply) {
    const path = request.url.split('?')[0] ?? '/';
    return this.send(
      this.pages.get(path === '/' ? HOME_ROUTE : path) ?? this.index,
      request,
      reply,
    );
  }

  private send(page: Page | null, request: FastifyRequest, reply: FastifyReply) {
    const accepted = String(request.headers['accept-encoding'] ?? '');
    const encoding =
      page?.br && /\bbr\b/.test(accepted)
        ? 'br'
        : page?.gzip && /\bgzip\b/.test(accepted)
          ? 'gzip'
          : null;
    void reply
      .status(200)
      .header('Content-Type', 'text/html; charset=utf-8')
      .header('Cache-Control', 'no-cache')
      .header('Vary', 'Accept-Encoding')
      .header('Content-Security-Policy', this.contentSecurityPolicy);
    if (encoding) void reply.header('Content-Encoding', encoding);
    return reply.send(encoding ? page![encoding] : page?.raw);
  }
}

function preload(file: string): string {
  return `<link rel="preload" href="/${file}" as="${file.endsWith('.css') ? 'style' : 'script'}">`;
}

function inHead(html: string, tags: string): string {
  return html.includes('</head>')
    ? html.replace('</head>', `${tags}</head>`)
    : html.replace(/^(<!doctype[^>]*>)?/i, `$1${tags}`);
}

function compressed(html: string): Page {
  const raw = Buffer.from(html);
  return { raw, br: brotliCompressSync(raw), gzip: gzipSync(raw, { level: 9 }) };
}

/**
 * What the H5 app needs and nothing more: its own scripts plus the inline ones (of the index and
 * the scan page) by hash, styles inline too (Taro and NutUI set style attributes), images from
 * itself and data/blob URLs, the API on the same origin; no plugins, no framing, no foreign
 * form targets.
 */
function pagePolicy(html: string): string {
  const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1] ?? '')
    .filter((body) => body.trim() !== '')
    .map((body) => ` 'sha256-${createHash('sha256').update(body).digest('base64')}'`);
  return [
    "default-src 'self'",
    `script-src 'self'${hashes.join('')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}
