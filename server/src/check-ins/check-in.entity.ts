import type { CheckInSource } from '@xinghuo/shared';
import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { Checkpoint } from '../venues/checkpoint.entity';
import { Visitor } from '../visitors/visitor.entity';

export type CheckInStatus = 'accepted' | 'rejected';
export type GeofenceResult = 'pass' | 'fail' | 'none';

/**
 * One scan. Accepted rows are the visitor's stamps: at most one per (visitor, checkpoint,
 * campaign, period), enforced by a partial unique index so retries and races cannot double it.
 * Rejected rows keep their reason for a while (their counts are in `check_in_stat` for good);
 * a code that named no checkpoint writes no row at all. No location is kept, only the geofence
 * verdict and an accuracy bucket.
 */
@Entity('check_in')
@Index('check_in_stamp_key', ['visitorId', 'checkpointId', 'campaignId', 'periodKey'], {
  unique: true,
  where: `status = 'accepted'`,
})
@Index('check_in_visitor_idx', ['visitorId', 'scannedAt'])
// What the sweeper deletes after REJECTED_CHECK_IN_RETENTION_DAYS; stamps are kept for good.
@Index('check_in_rejected_received_idx', ['receivedAt'], { where: `status = 'rejected'` })
export class CheckIn {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ name: 'visitor_id', type: 'uuid' })
  visitorId: string;

  @ManyToOne(() => Visitor, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'visitor_id' })
  visitor?: Relation<Visitor>;

  /** Null when the code named no checkpoint (forged or unknown). */
  @Column({ name: 'checkpoint_id', type: 'uuid', nullable: true })
  checkpointId: string | null;

  @ManyToOne(() => Checkpoint, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'checkpoint_id' })
  checkpoint?: Relation<Checkpoint>;

  @Column({ name: 'venue_id', type: 'uuid', nullable: true })
  venueId: string | null;

  @Column({ name: 'campaign_id', type: 'uuid', nullable: true })
  campaignId: string | null;

  @Column({ type: 'varchar', length: 8 })
  status: CheckInStatus;

  @Column({ type: 'varchar', length: 32, nullable: true })
  reason: string | null;

  /** "YYYY-MM-DD" (venue local date) or "campaign", by the campaign's stamp rule. */
  @Column({ name: 'period_key', type: 'varchar', length: 16, nullable: true })
  periodKey: string | null;

  @Column({ name: 'scanned_at', type: 'timestamptz' })
  scannedAt: Date;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt: Date;

  @Column({ type: 'varchar', length: 8 })
  source: CheckInSource;

  @Column({ name: 'idempotency_key', type: 'varchar', length: 64 })
  idempotencyKey: string;

  @Column({ type: 'varchar', length: 8 })
  geofence: GeofenceResult;

  @Column({ name: 'accuracy_bucket', type: 'varchar', length: 8, nullable: true })
  accuracyBucket: string | null;
}
