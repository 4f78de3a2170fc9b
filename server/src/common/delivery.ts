import { createHash } from 'node:crypto';
import { applyDecorators } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import { ApiHeader, ApiResponse } from '@nestjs/swagger';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** JSON is data, never a document: nothing may load from it or frame it. */
const API_POLICY = "default-src 'none'; frame-ancestors 'none'";

/**
 * A public catalogue read: an ETag on the answer, 304 for a matching If-None-Match, and
 * `Cache-Control: no-cache` so clients revalidate (content changes when an organizer
 * publishes). A phone coming back sends a few hundred bytes instead of the whole list.
 */
export function Revalidated(): MethodDecorator {
  return applyDecorators(
    RouteConfig({ etag: true }),
    ApiHeader({ name: 'If-None-Match', required: false, description: 'An ETag from before' }),
    ApiResponse({ status: 304, description: 'Not modified: the ETag sent is current' }),
  );
}

function etagOf(payload: string | Buffer): string {
  return `W/"${createHash('sha1').update(payload).digest('base64url')}"`;
}

function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t === etag || `W/${t}` === etag;
  });
}

/**
 * Headers every answer gets (OWASP's secure headers for an API and its single-page app). HSTS
 * only over TLS: a browser told so over plain HTTP ignores it anyway, and a development server on
 * http must stay reachable. Set by the send hook, and by routes that write the response themselves.
 */
export function secureHeaders(request: FastifyRequest, reply: FastifyReply): void {
  void reply
    .header('X-Content-Type-Options', 'nosniff')
    .header('Referrer-Policy', 'strict-origin-when-cross-origin')
    .header('X-Frame-Options', 'DENY');
  if (request.protocol === 'https') {
    void reply.header('Strict-Transport-Security', 'max-age=31536000');
  }
  const type = String(reply.getHeader('content-type') ?? '');
  if (type.startsWith('application/json') && !reply.hasHeader('content-security-policy')) {
    void reply.header('Content-Security-Policy', API_POLICY);
  }
}

/** The secure headers on every answer, and the ETag handling of `@Revalidated()` routes. */
export function registerDelivery(fastify: FastifyInstance): void {
  fastify.addHook(
    'onSend',
    async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
      secureHeaders(request, reply);
      const config = request.routeOptions?.config as { etag?: boolean } | undefined;
      if (
        config?.etag &&
        request.method === 'GET' &&
        reply.statusCode === 200 &&
        (typeof payload === 'string' || Buffer.isBuffer(payload))
      ) {
        const etag = etagOf(payload);
        void reply.header('ETag', etag).header('Cache-Control', 'no-cache');
        if (matches(request.headers['if-none-match'], etag)) {
          void reply.code(304);
          return '';
        }
      }
      return payload;
    },
  );
}
