import type { AuditEntityType, Role } from '@xinghuo/shared';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The audit trail: append-only. No foreign keys, so nothing it names can cascade into it, and a
 * trigger (migration AuditTrail) makes the database refuse UPDATE and DELETE on it.
 */
@Entity('audit_event')
@Index('audit_event_venue_idx', ['venueId', 'at'])
@Index('audit_event_region_idx', ['regionCode', 'at'])
@Index('audit_event_entity_idx', ['entityId', 'at'])
export class AuditEvent {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ type: 'timestamptz' })
  at: Date;

  @Column({ name: 'actor_id', type: 'uuid' })
  actorId: string;

  @Column({ name: 'actor_role', type: 'varchar', length: 16 })
  actorRole: Role;

  /** The display name at the time, so the trail reads the same after a rename. */
  @Column({ name: 'actor_name', type: 'varchar', length: 64 })
  actorName: string;

  @Column({ type: 'varchar', length: 48 })
  action: string;

  @Column({ name: 'entity_type', type: 'varchar', length: 16 })
  entityType: AuditEntityType;

  @Column({ name: 'entity_id', type: 'uuid' })
  entityId: string;

  @Column({ name: 'venue_id', type: 'uuid', nullable: true })
  venueId: string | null;

  /** The region the change belongs to: organizers of it and above see the event. */
  @Column({ name: 'region_code', type: 'varchar', length: 12, nullable: true })
  regionCode: string | null;

  @Column({ type: 'jsonb', nullable: true })
  before: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  after: Record<string, unknown> | null;
}
