import type { AuditEventDto } from '@xinghuo/shared';
import type { AuditEvent } from './audit-event.entity';

export function toAuditEventDto(e: AuditEvent): AuditEventDto {
  return {
    id: e.id,
    at: e.at.toISOString(),
    actorId: e.actorId,
    actorRole: e.actorRole,
    actorName: e.actorName,
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    venueId: e.venueId,
    regionCode: e.regionCode,
    before: e.before,
    after: e.after,
  };
}
