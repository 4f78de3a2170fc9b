import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { Visitor } from '../visitors/visitor.entity';

/**
 * The first response to a visitor's Idempotency-Key, replayed for every retry with that key.
 * Kept for IDEMPOTENCY_RETENTION_DAYS (`CheckInSweeper`).
 */
@Entity('idempotency_record')
// A BRIN index, made by its migration: TypeORM only has to know it exists.
@Index('idempotency_record_created_at_idx', { synchronize: false })
export class IdempotencyRecord {
  @PrimaryColumn({ name: 'visitor_id', type: 'uuid' })
  visitorId: string;

  @PrimaryColumn({ type: 'varchar', length: 64 })
  key: string;

  @ManyToOne(() => Visitor, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'visitor_id' })
  visitor?: Relation<Visitor>;

  /** SHA-256 of the normalised request, to refuse the key reused for another request. */
  @Column({ name: 'request_hash', type: 'char', length: 64 })
  requestHash: string;

  @Column({ name: 'status_code', type: 'smallint' })
  statusCode: number;

  @Column({ type: 'jsonb' })
  response: unknown;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
