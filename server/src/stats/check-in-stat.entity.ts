import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Scans per venue-local hour, kept up to date by the check-in writer so organizers' figures
 * never scan raw check-ins. `outcome` is `accepted`, `repeat` or a rejection code.
 * Venue kind, region, trail and topic are joined from the catalogue at query time.
 */
@Entity('check_in_stat')
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
