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
      ApiResponse({ status, description: list.join(', '), schema: errorSchema(list) })(
        _target,
        _key,
        descriptor,
      );
    }
    return descriptor;
  };
}

export const PUBLIC_EXTENSION = 'x-public';

/**
 * Final touches on the generated document: public operations say so with an empty security
 * list (`Allow('public')` marks them), every other one requires the bearer token.
 */
export function finishDocument(document: OpenAPIObject): OpenAPIObject {
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
    }
  }
  return document;
}
