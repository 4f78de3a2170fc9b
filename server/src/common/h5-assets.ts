import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** Names with a content hash (`app.527d93eb.js`, `210.46e599b4e03b67fc6b23.css`): safe to keep forever. */
export const HASHED_ASSET = /\.[0-9a-f]{8,}\.[a-z0-9]+$/;

/**
 * The built H5 app; its index.html answers every client-side route (history fallback). The
 * page's Content-Security-Policy is made here because it names the page's inline scripts by
 * hash: 'unsafe-inline' stays out of script-src.
 */
export class H5Assets {
  private readonly index: Buffer | null;
  private readonly compressed: { br: Buffer | null; gzip: Buffer | null };
  readonly contentSecurityPolicy: string;

  constructor(readonly dir: string) {
    const file = join(dir, 'index.html');
    this.index = existsSync(file) ? readFileSync(file) : null;
    const copy = (suffix: string) =>
      existsSync(`${file}${suffix}`) ? readFileSync(`${file}${suffix}`) : null;
    this.compressed = { br: copy('.br'), gzip: copy('.gz') };
    this.contentSecurityPolicy = pagePolicy(this.index?.toString('utf8') ?? '');
  }

  get available(): boolean {
    return this.index !== null;
  }

  sendIndex(request: FastifyRequest, reply: FastifyReply) {
    const accepted = String(request.headers['accept-encoding'] ?? '');
    const encoding =
      this.compressed.br && /\bbr\b/.test(accepted)
        ? 'br'
        : this.compressed.gzip && /\bgzip\b/.test(accepted)
          ? 'gzip'
          : null;
    void reply
      .status(200)
      .header('Content-Type', 'text/html; charset=utf-8')
      .header('Cache-Control', 'no-cache')
      .header('Vary', 'Accept-Encoding')
      .header('Content-Security-Policy', this.contentSecurityPolicy);
    if (encoding) void reply.header('Content-Encoding', encoding);
    return reply.send(encoding ? this.compressed[encoding] : this.index);
  }
}

/**
 * What the H5 app needs and nothing more: its own scripts plus the inline ones by hash, styles
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
