import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The state of each (trail, visitor) the funnels count, as last folded from `trail_progress`:
 * the folder compares it with the current progress and moves the visitor between funnel cells.
 * Erasure folds the visitor and deletes these rows.
 */
@Entity('trail_fold')
@Index('trail_fold_visitor_idx', ['visitorKey'])
export class TrailFold {
  @PrimaryColumn({ name: 'trail_id', type: 'uuid' })
  trailId: string;

  @PrimaryColumn({ name: 'visitor_key', type: 'uuid' })
  visitorKey: string;

  @Column({ name: 'start_day', type: 'date' })
  startDay: string;

  @Column({ name: 'audience_group', type: 'varchar', length: 24 })
  audienceGroup: string;

  @Column({ type: 'integer' })
  collected: number;

  @Column({ type: 'boolean' })
  finished: boolean;

  /** Minutes from first stamp to finish, as a FINISH_BUCKETS index; null until finished. */
  @Column({ type: 'smallint', nullable: true })
  bucket: number | null;
}

/** The key both trail tables share: a trail, the day its visitors started it, their group. */
abstract class TrailStartCell {
  @PrimaryColumn({ name: 'trail_id', type: 'uuid' })
  trailId: string;

  @PrimaryColumn({ name: 'start_day', type: 'date' })
  startDay: string;

  @PrimaryColumn({ name: 'audience_group', type: 'varchar', length: 24 })
  audienceGroup: string;
}

/** Visitors per trail, start day and group, by stamps collected and finished or not. */
@Entity('trail_funnel_stat')
export class TrailFunnelStat extends TrailStartCell {
  @PrimaryColumn({ type: 'integer' })
  collected: number;

  @PrimaryColumn({ type: 'boolean' })
  finished: boolean;

  @Column({ type: 'integer' })
  count: number;
}

/** Finishers per trail, start day and group, by time-to-finish bucket: the median's histogram. */
@Entity('trail_finish_stat')
export class TrailFinishStat extends TrailStartCell {
  @PrimaryColumn({ type: 'smallint' })
  bucket: number;

  @Column({ type: 'integer' })
  count: number;
}
