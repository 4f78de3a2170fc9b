import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@xinghuo/shared';
import type { FastifyRequest } from 'fastify';
import { ForbiddenError } from '../common/app-error';
import { AuthError } from './auth.errors';
import { PASSWORD_CHANGE_OPEN_KEY, ROLES_KEY } from './auth.decorators';
import { AccountSessions } from './account-sessions';
import type { Actor } from './actor';
import { TokenService, type Principal } from './token.service';

/**
 * Global guard. Routes declare `@Allow(...)`; a route that declares nothing is closed to all,
 * so a forgotten decorator fails safe.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly sessions: AccountSessions,
  ) {}

  /** Synchronous for visitors (the check-in path); staff and organizers also have their account checked. */
  canActivate(context: ExecutionContext): boolean | Promise<boolean> {
    const allowed = this.reflector.getAllAndOverride<Array<Role | 'public'> | undefined>(
      ROLES_KEY,
      [context.getHandler(), context.getClass()],
    );
    if (allowed?.includes('public')) return true;
    const request = context
      .switchToHttp()
      .getRequest<FastifyRequest & { principal?: Principal; actor?: Actor }>();
    const header = request.headers.authorization;
    if (!header?.startsWith('Bearer ')) throw new AuthError('UNAUTHENTICATED');
    const { principal, issuedAt } = this.tokens.inspect(header.slice(7).trim());
    if (!allowed || !allowed.includes(principal.role)) throw new ForbiddenError();
    request.principal = principal;
    if (principal.role === 'visitor') return true;
    const open = this.reflector.get<boolean | undefined>(
      PASSWORD_CHANGE_OPEN_KEY,
      context.getHandler(),
    );
    return this.sessions.check(principal, issuedAt, open === true).then((actor) => {
      request.actor = actor;
      return true;
    });
  }
}
