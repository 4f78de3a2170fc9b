import type { Role } from '../domain';
import type { PageQuery } from './paging';

export const AUDIT_ENTITY_TYPES = [
  'venue',
  'checkpoint',
  'trail',
  'account',
  'review',
  'display_link',
] as const;
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];

/** One change: who, in which role, what, before and after, when. Never edited or deleted. */
export interface AuditEventDto {
  id: string;
  at: string;
  actorId: string;
  actorRole: Role;
  actorName: string;
  /** e.g. `venue.update`, `checkpoint.revoke_codes`, `review.approve`, `account.reset_password`. */
  action: string;
  entityType: AuditEntityType;
  entityId: string;
  venueId: string | null;
  regionCode: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** `GET /api/audit`: organizers see their subtree, staff their own venue; newest first. */
export interface AuditQuery extends PageQuery {
  entityType?: AuditEntityType;
  entityId?: string;
  /** ISO date-time or YYYY-MM-DD (start of that day, Asia/Shanghai); inclusive. */
  from?: string;
  /** ISO date-time or YYYY-MM-DD (end of that day, Asia/Shanghai); exclusive for date-times. */
  to?: string;
}
