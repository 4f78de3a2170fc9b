import { randomUUID } from 'node:crypto';
import { Logger as NestLogger, type LoggerService } from '@nestjs/common';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import pino, { type DestinationStream, type Logger } from 'pino';
import type { Logger as TypeOrmLogger } from 'typeorm';
import type { AppConfig } from '../config/config';

/**
 * Paths pino blanks if an object carrying them is ever logged. Nothing here logs such objects
 * on purpose; this is the second line, behind logging routes rather than URLs.
 */
const REDACT = [
  'req.headers.authorization',
  'headers.authorization',
  '*.openid',
  '*.token',
  '*.location',
  '*.lat',
  '*.lng',
];

/** A client's own request id is kept when it looks like one; anything else gets a fresh uuid. */
const REQUEST_ID = /^[A-Za-z0-9_.:-]{8,64}$/;

/** One JSON object per line (pino), as log collectors expect. */
export function createLogger(config: AppConfig, destination?: DestinationStream): Logger {
  return pino(
    {
      level: config.logLevel,
      base: { service: 'xinghuo' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACT, censor: '[redacted]' },
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
}

export function requestId(request: { headers: Record<string, unknown> }): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
}

/**
 * One line per request: id, method, the route pattern (never the URL, which carries QR tokens
 * and coordinates), status and latency. No addresses, headers or bodies.
 */
export function logRequests(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header('X-Request-Id', request.id);
    done();
  });
  fastify.addHook('onResponse', (request, reply, done) => {
    request.log.info(
      {
        method: request.method,
        route: routeOf(request),
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime * 10) / 10,
      },
      'request',
    );
    done();
  });
}

export function routeOf(request: FastifyRequest): string {
  return request.routeOptions?.url ?? '(no route)';
}

/** Nest announces every module and route at boot (some 120 lines): useful only when debugging. */
const BOOT_CHATTER = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer']);

/** Nest's own messages (boot, errors, the writer) into the same JSON stream. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly pino: Logger) {}

  log(message: unknown, context?: string): void {
    if (context !== undefined && BOOT_CHATTER.has(context))
      this.pino.debug({ context }, String(message));
    else this.pino.info({ context }, String(message));
  }
  error(message: unknown, stack?: string, context?: string): void {
    this.pino.error({ context, stack }, String(message));
  }
  warn(message: unknown, context?: string): void {
    this.pino.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string): void {
    this.pino.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string): void {
    this.pino.trace({ context }, String(message));
  }
}

/**
 * TypeORM's own logger prints a failed query with its parameters, and those can be an openid
 * or a location. This one keeps the statement and PostgreSQL's error code and constraint and
 * drops the parameters and the message (which can quote a value).
 */
export class QueryErrorLogger implements TypeOrmLogger {
  private readonly logger = new NestLogger('Database');

  logQueryError(error: string | Error, query: string): void {
    const pg = (typeof error === 'object' ? error : {}) as { code?: string; constraint?: string };
    this.logger.error(
      `query failed (SQLSTATE ${pg.code ?? 'unknown'}${pg.constraint ? `, ${pg.constraint}` : ''}): ${query.replace(/\s+/g, ' ').slice(0, 500)}`,
    );
  }
  logQuery(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(message: string): void {
    this.logger.log(message);
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(String(message));
  }
}
