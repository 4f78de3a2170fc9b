import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * Put into the page served at `/q/{token}`: moves the browser to the check-in route before the
 * app starts, so a scan costs no redirect round trip (the longest step of a first load on a
 * slow network). It reads the token from the address, so it is one fixed script with one hash.
 */
const SCAN_ROUTE_SCRIPT =
  'history.replaceState(null,"","/pages/checkin/index?code="+encodeURIComponent(location.pathname.split("/")[2]||""))';

interface Page {
  raw: Buffer;
  br: Buffer | null;
  gzip: Buffer | null;
}

/** Names with a content hash (`app.527d93eb.js`, `210.46e599b4e03b67fc6b23.css`): safe to keep forever. */
export const HASHED_ASSET = /\.[0-9a-f]{8,}\.[a-z0-9]+$/;

/**
 * The built H5 app; its index.html answers every client-side route (history fallback). The
 * page's Content-Security-Policy is made here because it names the page's inline scripts by
 * hash: 'unsafe-inline' stays out of script-src.
 */
export class H5Assets {
  private readonly index: Page | null;
  private readonly scan: Page | null;
  readonly contentSecurityPolicy: string;

  constructor(readonly dir: string) {
    const file = join(dir, 'index.html');
    const copy = (suffix: string) =>
      existsSync(`${file}${suffix}`) ? readFileSync(`${file}${suffix}`) : null;
    const html = copy('');
    this.index = html && { raw: html, br: copy('.br'), gzip: copy('.gz') };
    const tag = `<script>${SCAN_ROUTE_SCRIPT}</script>`;
    const text = html?.toString('utf8');
    const scanHtml = text?.includes('</head>')
      ? text.replace('</head>', `${tag}</head>`)
      : text?.replace(/^(<!doctype[^>]*>)?/i, `$1${tag}`);
    this.scan = scanHtml ? compressed(Buffer.from(scanHtml)) : null;
    this.contentSecurityPolicy = pagePolicy(scanHtml ?? '');
  }

  get available(): boolean {
    return this.index !== null;
  }

  /** The app for the printed link of a checkpoint (a valid token only: see the controller). */
  sendScanPage(request: FastifyRequest, reply: FastifyReply) {
    return this.send(this.scan, request, reply);
  }

  sendIndex(request: FastifyRequest, reply: FastifyReply) {
    return this.send(this.index, request, reply);
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

function compressed(raw: Buffer): Page {
  return { raw, br: brotliCompressSync(raw), gzip: gzipSync(raw, { level: 9 }) };
}

/**
 * What the H5 app needs and nothing more: its own scripts plus the inline ones (of the index and
 * the scan page) by hash, styles
 * inline too (Taro and NutUI set style attributes), images from itself and data/blob URLs,
 * the API on the same origin; no plugins, no framing, no foreign form targets.
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
