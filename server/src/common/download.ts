import type { OutgoingHttpHeaders } from 'node:http';
import type { Writable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import { secureHeaders } from './delivery';

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

/**
 * Sends the reply's status and headers, then lets `write` write the body straight into the
 * response, whose write callbacks say when bytes have reached the socket (the check-in export
 * reuses its buffers by them). Fastify's send hooks do not run for a response written this way,
 * so the headers every answer gets are set here. A `write` that fails cuts the response short:
 * the client sees an incomplete download, never a complete-looking one.
 */
export async function writeDownload(
  reply: FastifyReply,
  write: (out: Writable) => Promise<void>,
): Promise<void> {
  secureHeaders(reply.request, reply);
  reply.hijack();
  const raw = reply.raw;
  raw.writeHead(reply.statusCode, reply.getHeaders() as OutgoingHttpHeaders);
  try {
    await write(raw);
    raw.end();
  } catch (error) {
    raw.destroy(error instanceof Error ? error : new Error(String(error)));
    throw error;
  }
}
