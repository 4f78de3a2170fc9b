import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A visitor's progress on a trail, updated with each stamp by the check-in writer: the passport
 * reads it, and the stats folder folds each change into the trail funnels (`trail_fold`).
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
