import type { FastifyReply } from 'fastify';

/** RFC 5987 `ext-value` characters: what encodeURIComponent leaves, less the ones it must escape. */
function rfc5987(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/**
 * Marks the reply as a download named `filename` (Chinese welcome: RFC 6266 `filename*`), with
 * `fallback` (ASCII) for clients that read only `filename`. Never cached: figures move.
 */
export function asDownload(
  reply: FastifyReply,
  filename: string,
  fallback: string,
  contentType: string,
): FastifyReply {
  return reply
    .type(contentType)
    .header('Cache-Control', 'no-store')
    .header(
      'Content-Disposition',
      `attachment; filename="${fallback.replace(/[^\w.-]/g, '_')}"; filename*=UTF-8''${rfc5987(filename)}`,
    );
}
