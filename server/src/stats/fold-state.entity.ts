import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * How far the stats folder has read each source: every `check_in` row with `id ≤ position`
 * (and every `venue_visit` row with `seq ≤ position`) is in the aggregates, none after.
 * Raw rows may only be deleted once folded (erasure folds first).
 */
@Entity('stat_cursor')
export class StatCursor {
  @PrimaryColumn({ type: 'varchar', length: 32 })
  source: 'check_in' | 'venue_visit';

  @Column({ type: 'bigint', default: 0 })
  position: string;

  @Column({ name: 'folded_at', type: 'timestamptz', nullable: true })
  foldedAt: Date | null;
}

/**
 * Where a venue's figures go: its region path and kind as the folder first saw them, one version
 * per change. `venue_visit` rows with `seq ≥ from_seq` (up to the next version) were folded with
 * this version, so a venue that moves region or changes kind keeps its past figures where they
 * were counted and a visitor's history is re-read the way it was folded.
 */
@Entity('stat_venue_scope')
export class StatVenueScope {
  @PrimaryColumn({ name: 'venue_id', type: 'uuid' })
  venueId: string;

  @PrimaryColumn({ name: 'from_seq', type: 'bigint' })
  fromSeq: string;

  /** Region codes from the national root down to the venue's own region. */
  @Column({ type: 'varchar', array: true })
  regions: string[];

  @Column({ type: 'varchar', length: 32 })
  kind: string;

  /** `regions` and the venue id: the scopes its check-ins and visitors count in. */
  @Column({ type: 'varchar', array: true })
  scopes: string[];

  /** `<region>|<kind>` for each region: the scopes of the venue-kind breakdown. */
  @Column({ name: 'kind_scopes', type: 'varchar', array: true })
  kindScopes: string[];
}
