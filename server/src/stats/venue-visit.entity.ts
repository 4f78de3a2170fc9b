import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One row per visitor per venue per local day with an accepted stamp, written by the check-in
 * writer. The stats folder reads new rows in `seq` order and folds them into `unique_pair`
 * counts; a visitor's rows are their visit history for that. Erasing a visitor folds what is
 * left and deletes their rows: the counts stay, nothing keyed by the person does.
 */
@Entity('venue_visit')
@Index('venue_visit_visitor_idx', ['visitorKey'])
@Index('venue_visit_seq_key', ['seq'], { unique: true })
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

  /** Insertion order, for the folder's cursor. */
  @Column({ type: 'bigint', generated: 'identity', generatedIdentity: 'ALWAYS' })
  seq: string;
}
