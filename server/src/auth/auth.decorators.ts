import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Role } from '@xinghuo/shared';
import type { Principal } from './token.service';

export const ROLES_KEY = 'roles';

/** Who may call: a list of roles, or 'public'. Every route must say one or the other. */
export const Allow = (...roles: Array<Role | 'public'>) => SetMetadata(ROLES_KEY, roles);

export const CurrentPrincipal = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): Principal =>
    ctx.switchToHttp().getRequest<{ principal: Principal }>().principal,
);
