import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A visitor's progress on a trail, updated with each stamp: the passport reads it, and trail
 * completion funnels are a histogram of `collected`. Keyed like `venue_visit` so erasure keeps
 * the figures.
 */
@Entity('trail_progress')
@Index('trail_progress_visitor_idx', ['visitorKey'])
export class TrailProgress {
  @PrimaryColumn({ name: 'trail_id', type: 'uuid' })
  trailId: string;

  @PrimaryColumn({ name: 'visitor_key', type: 'uuid' })
  visitorKey: string;

  @Column({ type: 'integer' })
  collected: number;

  @Column({ type: 'integer' })
  total: number;

  @Column({ name: 'audience_group', type: 'varchar', length: 24 })
  audienceGroup: string;

  @Column({ name: 'started_at', type: 'timestamptz' })
  startedAt: Date;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
