import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  Logger,
} from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, ERROR_STATUS, errorBody } from './app-error';
import type { H5Assets } from './h5-assets';
import { routeOf } from './logging';

const JSON_ONLY = '请使用 application/json 提交';

/** Fastify's own errors for things a client sent, by Fastify error code. */
const FASTIFY_ERRORS: Record<string, AppError> = {
  FST_ERR_CTP_INVALID_JSON_BODY: new AppError('MALFORMED_JSON', '请求体不是合法的 JSON'),
  FST_ERR_CTP_EMPTY_JSON_BODY: new AppError('MALFORMED_JSON', '请求体为空'),
  FST_ERR_CTP_BODY_TOO_LARGE: new AppError('PAYLOAD_TOO_LARGE'),
  FST_ERR_CTP_INVALID_MEDIA_TYPE: new AppError('UNSUPPORTED_MEDIA_TYPE', JSON_ONLY),
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: new AppError('MALFORMED_JSON', '请求长度有误'),
  FST_ERR_CTP_INVALID_TYPE: new AppError('UNSUPPORTED_MEDIA_TYPE', JSON_ONLY),
};

/** The one place errors become HTTP responses: `{ error: { code, message } }` with a fitting status. */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Error');

  constructor(private readonly h5: H5Assets) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    this.handle(
      exception,
      host.switchToHttp().getRequest<FastifyRequest>(),
      host.switchToHttp().getResponse<FastifyReply>(),
    );
  }

  handle(exception: unknown, request: FastifyRequest, reply: FastifyReply): void {
    const error = this.toAppError(exception, request);
    if (!error) {
      void this.h5.sendIndex(request, reply);
      return;
    }
    const status = ERROR_STATUS[error.code];
    if (status >= 500) {
      // The route, not the URL: URLs carry QR tokens and coordinates.
      this.logger.error(`${request.method} ${routeOf(request)}`, (exception as Error)?.stack);
    }
    if (error.extra.retryAfter !== undefined) {
      void reply.header('Retry-After', String(error.extra.retryAfter));
    }
    void reply.status(status).header('Cache-Control', 'no-store').send(errorBody(error));
  }

  /** Null means "serve the H5 app": an unknown GET outside the API is a client-side route. */
  private toAppError(exception: unknown, request: FastifyRequest): AppError | null {
    if (exception instanceof AppError) return exception;
    const fastifyCode = (exception as { code?: unknown })?.code;
    if (typeof fastifyCode === 'string' && FASTIFY_ERRORS[fastifyCode]) {
      return FASTIFY_ERRORS[fastifyCode];
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      if (status === 404) {
        const path = request.url.split('?')[0] ?? '';
        if (request.method === 'GET' && !path.startsWith('/api') && this.h5.available) return null;
        return new AppError('NOT_FOUND', `没有这个接口：${request.method} ${path}`);
      }
      if (status === 413) return new AppError('PAYLOAD_TOO_LARGE');
      if (status === 415) return new AppError('UNSUPPORTED_MEDIA_TYPE');
      if (status === 400) return FASTIFY_ERRORS.FST_ERR_CTP_INVALID_JSON_BODY!;
    }
    const statusCode = (exception as { statusCode?: unknown })?.statusCode;
    if (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500) {
      if (statusCode === 413) return new AppError('PAYLOAD_TOO_LARGE');
      if (statusCode === 415) return new AppError('UNSUPPORTED_MEDIA_TYPE');
      return new AppError('MALFORMED_JSON', '请求格式有误');
    }
    return new AppError('INTERNAL_ERROR');
  }
}
