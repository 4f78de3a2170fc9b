import fastifyStatic from '@fastify/static';
import { type LogLevel, RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { AppModule } from './app.module';
import { ErrorFilter } from './common/error.filter';
import { H5Assets } from './common/h5-assets';
import { finishDocument } from './common/openapi';
import { createValidationPipe } from './common/validation';
import type { Clock } from './common/clock';
import type { AppConfig } from './config/config';

const BODY_LIMIT_BYTES = 64 * 1024;

export interface AppOptions {
  logger?: LogLevel[] | false;
  /** Tests hold time still; everything else reads the system clock. */
  clock?: Clock;
}

/** The whole HTTP app on a given database, used by main.ts, the e2e tests and the benchmark. */
export async function createApp(
  config: AppConfig,
  databaseUrl: string,
  { logger = ['error', 'warn', 'log'], clock }: AppOptions = {},
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: config.trustProxy,
    logger: config.logRequests,
  });
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config, databaseUrl, clock),
    adapter,
    {
      logger,
    },
  );
  // The API speaks JSON only; a text/plain body is refused as 415 rather than half-parsed.
  app.getHttpAdapter().getInstance().removeContentTypeParser('text/plain');
  app.setGlobalPrefix('api', {
    exclude: [
      { path: 'q/:token', method: RequestMethod.GET },
      { path: 'd/:token', method: RequestMethod.GET },
    ],
  });
  app.useGlobalPipes(createValidationPipe());

  const h5 = new H5Assets(config.h5Dir);
  // Nest routes Fastify's own errors (bad JSON, body too large) through this filter too.
  app.useGlobalFilters(new ErrorFilter(h5));

  if (h5.available) {
    await app.register(fastifyStatic, { root: h5.dir, prefix: '/', wildcard: false, index: false });
    app.getHttpAdapter().get('/', (_req, reply) => h5.sendIndex(reply as never));
  }

  const document = finishDocument(
    SwaggerModule.createDocument(
      app,
      new DocumentBuilder()
        .setTitle('星火探馆 API')
        .setDescription('Check-in and venue exploration for National Science Popularization Month')
        .setVersion('0.1.0')
        .addBearerAuth()
        .build(),
    ),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs/openapi.json' });

  await app.init();
  return app;
}
