import type { QrMode, ScienceAnswer, ScienceCard } from '@xinghuo/shared';
import {
  Column,
  Entity,
  Generated,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { Venue } from './venue.entity';

@Entity('checkpoint')
export class Checkpoint {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('checkpoint_venue_idx')
  @Column({ name: 'venue_id', type: 'uuid' })
  venueId: string;

  @ManyToOne(() => Venue, (v) => v.checkpoints, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'venue_id' })
  venue?: Relation<Venue>;

  /** A small number that QR tokens carry instead of the uuid, to stay within 32 characters. */
  @Index('checkpoint_code_no_key', { unique: true })
  @Column({ name: 'code_no', type: 'integer' })
  @Generated('increment')
  codeNo: number;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** What visitors see: the question's prompt and options, never its answer. */
  @Column({ type: 'jsonb' })
  card: ScienceCard;

  /** The answer key of `card.question`, kept apart so nothing that sends the card can leak it. */
  @Column({ type: 'jsonb', nullable: true })
  answer: ScienceAnswer | null;

  @Column({ name: 'qr_mode', type: 'varchar', length: 16, default: 'static' })
  qrMode: QrMode;

  /** Bumped to revoke every printed code of this checkpoint. */
  @Column({ name: 'qr_version', type: 'integer', default: 1 })
  qrVersion: number;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column({ name: 'sort_order', type: 'integer', default: 0 })
  sortOrder: number;

  /**
   * False until an organizer approves the first text of a new checkpoint: visitors' scans of it
   * are refused as inactive until then.
   */
  @Column({ type: 'boolean', default: true })
  live: boolean;

  @Column({ type: 'integer', default: 1 })
  version: number;
}
