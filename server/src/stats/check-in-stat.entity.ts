import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Scans per venue-local hour, kept up to date by the check-in writer so organizers' figures
 * never scan raw check-ins. `outcome` is `accepted`, `repeat` or a rejection code.
 * Organizers' figures are read from the folded aggregates (see stats.folder.ts); from this table
 * the folder takes only the repeats, which have no raw row, so they are indexed apart.
 */
@Entity('check_in_stat')
@Index('check_in_stat_repeat_day_idx', ['day'], { where: `outcome = 'repeat'` })
export class CheckInStat {
  @PrimaryColumn({ name: 'venue_id', type: 'uuid' })
  venueId: string;

  @PrimaryColumn({ name: 'checkpoint_id', type: 'uuid' })
  checkpointId: string;

  @PrimaryColumn({ type: 'date' })
  day: string;

  @PrimaryColumn({ type: 'smallint' })
  hour: number;

  @PrimaryColumn({ name: 'audience_group', type: 'varchar', length: 24 })
  audienceGroup: string;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  outcome: string;

  @Column({ type: 'integer', default: 0 })
  count: number;
}
