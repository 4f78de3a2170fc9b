import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { ApiBearerAuth, ApiExtension } from '@nestjs/swagger';
import type { Role } from '@xinghuo/shared';
import { ApiErrors, PUBLIC_EXTENSION } from '../common/openapi';
import type { Principal } from './token.service';

export const ROLES_KEY = 'roles';
export const PASSWORD_CHANGE_OPEN_KEY = 'password-change-open';

/** The few routes a session that must change its password may still call. */
export function OpenToPasswordChange(): MethodDecorator {
  return (_target, _key, descriptor) => {
    Reflect.defineMetadata(PASSWORD_CHANGE_OPEN_KEY, true, descriptor.value as object);
    return descriptor;
  };
}

type Audience = Role | 'public';

/** What OpenAPI should say of one operation's audience: no security, or the bearer token and its errors. */
function documentAudience(
  roles: Audience[],
  target: object,
  key: string | symbol,
  descriptor: PropertyDescriptor,
) {
  if (roles.includes('public')) {
    ApiExtension(PUBLIC_EXTENSION, true)(target, key, descriptor);
  } else {
    ApiBearerAuth()(target, key, descriptor);
    ApiErrors('UNAUTHENTICATED', 'TOKEN_EXPIRED', 'FORBIDDEN')(target, key, descriptor);
    if (roles.includes('staff') || roles.includes('organizer')) {
      ApiErrors('ACCOUNT_DISABLED', 'PASSWORD_CHANGE_REQUIRED')(target, key, descriptor);
    }
  }
}

/**
 * Who may call: a list of roles, or 'public'. Every route must say one or the other (the guard
 * closes a route that says nothing). On a controller it covers every method that does not say
 * for itself, in the guard and in the OpenAPI document alike.
 */
export function Allow(...roles: Audience[]): ClassDecorator & MethodDecorator {
  return ((target: object, key?: string | symbol, descriptor?: PropertyDescriptor) => {
    if (descriptor && key !== undefined) {
      Reflect.defineMetadata(ROLES_KEY, roles, descriptor.value as object);
      documentAudience(roles, target, key, descriptor);
      return descriptor;
    }
    const controller = target as { prototype: Record<string, unknown> };
    Reflect.defineMetadata(ROLES_KEY, roles, controller);
    for (const name of Object.getOwnPropertyNames(controller.prototype)) {
      if (name === 'constructor') continue;
      const method = Object.getOwnPropertyDescriptor(controller.prototype, name);
      if (typeof method?.value !== 'function' || Reflect.hasMetadata(ROLES_KEY, method.value)) {
        continue;
      }
      documentAudience(roles, controller.prototype, name, method);
    }
    return target;
  }) as ClassDecorator & MethodDecorator;
}

export const CurrentPrincipal = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): Principal =>
    ctx.switchToHttp().getRequest<{ principal: Principal }>().principal,
);
