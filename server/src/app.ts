import fastifyStatic from '@fastify/static';
import { type LogLevel, RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { LogController } from 'fastify';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { AppModule } from './app.module';
import { ErrorFilter } from './common/error.filter';
import { registerDelivery } from './common/delivery';
import { H5Assets, HASHED_ASSET } from './common/h5-assets';
import { finishDocument, successStatuses } from './common/openapi';
import { createValidationPipe } from './common/validation';
import type { Clock } from './common/clock';
import type { AppConfig } from './config/config';
import { createLogger, logRequests, PinoNestLogger, requestId } from './common/logging';
import type { Logger } from 'pino';

const BODY_LIMIT_BYTES = 64 * 1024;

export interface AppOptions {
  /** Nest's console logger, when `log` is not given. */
  logger?: LogLevel[] | false;
  /** The process's JSON logger: Nest's messages (with LOG_FORMAT=json) and request lines go here. */
  log?: Logger;
  /** Tests hold time still; everything else reads the system clock. */
  clock?: Clock;
}

/** The whole HTTP app on a given database, used by main.ts, the e2e tests and the benchmark. */
export async function createApp(
  config: AppConfig,
  databaseUrl: string,
  { logger = ['error', 'warn', 'log'], log, clock }: AppOptions = {},
): Promise<NestFastifyApplication> {
  const requestLog = config.logRequests ? (log ?? createLogger(config)) : undefined;
  const adapter = new FastifyAdapter({
    bodyLimit: BODY_LIMIT_BYTES,
    // While closing, a request on a kept-alive connection is still served (with
    // `Connection: close`): the check-in writer closes after the HTTP server, so it is written
    // and answered in the API's own shape, not refused with Fastify's bare 503.
    return503OnClosing: false,
    trustProxy: config.trustProxy,
    ...(requestLog ? { loggerInstance: requestLog } : { logger: false }),
    // Our own request line (logRequests) replaces Fastify's two per request.
    logController: new LogController({ disableRequestLogging: true }),
    genReqId: requestId,
  });
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config, databaseUrl, clock),
    adapter,
    { logger: log && config.logFormat === 'json' ? new PinoNestLogger(log) : logger },
  );
  if (requestLog) logRequests(app.getHttpAdapter().getInstance());
  // The API speaks JSON only; a text/plain body is refused as 415 rather than half-parsed.
  app.getHttpAdapter().getInstance().removeContentTypeParser('text/plain');
  app.setGlobalPrefix('api', {
    exclude: [
      { path: 'q/:token', method: RequestMethod.GET },
      { path: 'd/:token', method: RequestMethod.GET },
    ],
  });
  app.useGlobalPipes(createValidationPipe());

  const h5 = app.get(H5Assets);
  // Nest routes Fastify's own errors (bad JSON, body too large) through this filter too.
  app.useGlobalFilters(new ErrorFilter(h5));

  registerDelivery(app.getHttpAdapter().getInstance());
  if (h5.available) {
    await app.register(fastifyStatic, {
      root: h5.dir,
      prefix: '/',
      wildcard: false,
      index: false,
      // Brotli and gzip copies made by the H5 build (miniapp/scripts/precompress.mjs).
      preCompressed: true,
      cacheControl: false,
      setHeaders: (reply, path) =>
        reply.header(
          'Cache-Control',
          HASHED_ASSET.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
        ),
    });
    app.getHttpAdapter().get('/', (req, reply) => h5.sendIndex(req as never, reply as never));
  }

  const document = finishDocument(
    SwaggerModule.createDocument(
      app,
      new DocumentBuilder()
        .setTitle('星火探馆 API')
        .setDescription('Check-in and venue exploration for National Science Popularization Month')
        .setVersion('0.1.0')
        .addServer(config.publicBaseUrl)
        .addBearerAuth()
        .build(),
    ),
    successStatuses(app),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs/openapi.json' });

  await app.init();
  return app;
}
