import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { Checkpoint } from '../venues/checkpoint.entity';

/**
 * A link for a screen showing one rotating checkpoint's code. Only the SHA-256 of its secret is
 * kept: a database leak gives no working link.
 */
@Entity('display_link')
export class DisplayLink {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('display_link_checkpoint_idx')
  @Column({ name: 'checkpoint_id', type: 'uuid' })
  checkpointId: string;

  @ManyToOne(() => Checkpoint, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'checkpoint_id' })
  checkpoint?: Relation<Checkpoint>;

  @Index('display_link_secret_key', { unique: true })
  @Column({ name: 'secret_hash', type: 'char', length: 64 })
  secretHash: string;

  @Column({ type: 'varchar', length: 60 })
  label: string;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ name: 'last_seen_at', type: 'timestamptz', nullable: true })
  lastSeenAt: Date | null;
}
