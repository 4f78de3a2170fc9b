import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Role } from '@xinghuo/shared';

/** A signed-in staff member or organizer, checked against the account on this request. */
export interface Actor {
  id: string;
  role: Exclude<Role, 'visitor'>;
  /** Display name now, written into audit events. */
  name: string;
  venueId: string | null;
  regionCode: string | null;
}

export const CurrentActor = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): Actor =>
    ctx.switchToHttp().getRequest<{ actor: Actor }>().actor,
);
