import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One row per visitor per venue per local day with an accepted stamp: unique visitors for any
 * set of venues and days are a count of distinct `visitor_key`. The key is the visitor id until
 * the visitor erases their data; then it is replaced by a random one, so figures stay and the
 * person is gone.
 */
@Entity('venue_visit')
@Index('venue_visit_visitor_idx', ['visitorKey'])
export class VenueVisit {
  @PrimaryColumn({ name: 'venue_id', type: 'uuid' })
  venueId: string;

  @PrimaryColumn({ type: 'date' })
  day: string;

  @PrimaryColumn({ name: 'visitor_key', type: 'uuid' })
  visitorKey: string;

  @Column({ name: 'audience_group', type: 'varchar', length: 24 })
  audienceGroup: string;

  @Column({ name: 'first_hour', type: 'smallint' })
  firstHour: number;
}
