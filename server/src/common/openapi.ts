import { RequestMethod } from '@nestjs/common';
import { HTTP_CODE_METADATA, METHOD_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import type { INestApplication } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import type { OpenAPIObject } from '@nestjs/swagger';
import type { ErrorCode } from '@xinghuo/shared';
import { ERROR_STATUS } from './app-error';

const CODES_KEY = 'xinghuo:error-codes';

/** The error body every failure answers with, narrowed to the codes one response can carry. */
function errorSchema(codes: ErrorCode[]) {
  return {
    type: 'object',
    required: ['error'],
    properties: {
      error: {
        type: 'object',
        required: ['code', 'message'],
        properties: {
          code: { type: 'string', enum: codes },
          message: { type: 'string', description: 'Chinese text a person can act on' },
          field: { type: 'string', description: 'The offending field, for validation errors' },
          details: { type: 'object', additionalProperties: true },
        },
      },
    },
  };
}

/**
 * Declares the errors a route may answer: one OpenAPI response per HTTP status, with the error
 * schema and the codes of that status. Repeated uses on one route add up (`Allow` adds the
 * authentication errors itself). Method-level only, so each operation lists exactly its own.
 */
export function ApiErrors(...codes: ErrorCode[]): MethodDecorator {
  return (_target, _key, descriptor) => {
    const method = descriptor.value as object;
    const known = (Reflect.getMetadata(CODES_KEY, method) as ErrorCode[] | undefined) ?? [];
    const all = [...new Set([...known, ...codes])];
    Reflect.defineMetadata(CODES_KEY, all, method);
    const byStatus = new Map<number, ErrorCode[]>();
    for (const code of all) {
      const status = ERROR_STATUS[code];
      byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
    }
    for (const [status, list] of byStatus) {
      // Errors are JSON even on routes that produce a file (`@ApiProduces`).
      ApiResponse({
        status,
        description: list.join(', '),
        content: { 'application/json': { schema: errorSchema(list) as never } },
      })(_target, _key, descriptor);
    }
    return descriptor;
  };
}

export const PUBLIC_EXTENSION = 'x-public';

const SUCCESS: Record<number, string> = { 200: 'OK', 201: 'Created', 204: 'No content' };

/**
 * The success status of every route handler, by the operation id Nest gives it
 * (`Controller_method`): `@HttpCode`, else 201 for POST and 200 for the rest, as Nest answers.
 */
export function successStatuses(app: INestApplication): Map<string, number> {
  const statuses = new Map<string, number>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const type = wrapper.metatype as { name: string; prototype: object } | null;
      if (!type) continue;
      for (const key of Object.getOwnPropertyNames(type.prototype)) {
        const handler = (type.prototype as Record<string, unknown>)[key];
        if (typeof handler !== 'function') continue;
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (method === undefined) continue;
        const code = Reflect.getMetadata(HTTP_CODE_METADATA, handler) as number | undefined;
        statuses.set(`${type.name}_${key}`, code ?? (method === RequestMethod.POST ? 201 : 200));
      }
    }
  }
  return statuses;
}

/**
 * Final touches on the generated document: public operations say so with an empty security
 * list (`Allow('public')` marks them), every other one requires the bearer token; an operation
 * whose decorators declared only errors gets its success response (Nest adds it only when no
 * response at all is declared).
 */
export function finishDocument(
  document: OpenAPIObject,
  statuses: Map<string, number> = new Map(),
): OpenAPIObject {
  for (const item of Object.values(document.paths)) {
    for (const method of ['get', 'put', 'post', 'delete', 'patch'] as const) {
      const operation = item[method] as (Record<string, unknown> & object) | undefined;
      if (!operation) continue;
      if (operation[PUBLIC_EXTENSION]) {
        delete operation[PUBLIC_EXTENSION];
        operation.security = [];
      } else {
        operation.security ??= [{ bearer: [] }];
      }
      const responses = (operation.responses ?? {}) as Record<string, unknown>;
      const status = statuses.get(String(operation.operationId));
      if (status && !Object.keys(responses).some((code) => code.startsWith('2'))) {
        responses[String(status)] = { description: SUCCESS[status] ?? 'Success' };
        operation.responses = responses;
      }
    }
  }
  return document;
}
