import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/*
 * Aggregates folded from raw check-ins (stats.folder.ts). A scope is a text key:
 *   `<region code>`          every venue in the region's subtree
 *   `<venue id>`             one venue
 *   `<region code>|<kind>`   venues of one kind in the subtree (counts only)
 *   `<scope>|<group>`        visitors of one audience group in a region or venue scope (unique
 *                            visitors only)
 * Days are the venue's local calendar days.
 */

/** Check-ins per scope, day and outcome (`accepted`, `repeat` or a rejection code). */
@Entity('stat_scope_day')
// Covers the figures' reads (index-only scans): every venue of a province over a month is one range
// per venue, with no table rows to visit.
@Index('stat_scope_day_cover', ['scope', 'day', 'outcome', 'count'])
export class ScopeDayStat {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  scope: string;

  @PrimaryColumn({ type: 'date' })
  day: string;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  outcome: string;

  @Column({ type: 'integer' })
  count: number;
}

/** Accepted check-ins per scope, day and local hour. */
@Entity('stat_scope_hour')
export class ScopeHourStat {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  scope: string;

  @PrimaryColumn({ type: 'date' })
  day: string;

  @PrimaryColumn({ type: 'smallint' })
  hour: number;

  @Column({ type: 'integer' })
  count: number;
}

/** Accepted check-ins per scope, day and the visitor's audience group when folded. */
@Entity('stat_scope_group')
export class ScopeGroupStat {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  scope: string;

  @PrimaryColumn({ type: 'date' })
  day: string;

  @PrimaryColumn({ name: 'audience_group', type: 'varchar', length: 24 })
  audienceGroup: string;

  @Column({ type: 'integer' })
  count: number;
}

/** Accepted check-ins per checkpoint and day: trails, topics, learning and today's screen. */
@Entity('stat_checkpoint_day')
@Index('stat_checkpoint_day_cover', ['checkpointId', 'day', 'count'])
export class CheckpointDayStat {
  @PrimaryColumn({ name: 'checkpoint_id', type: 'uuid' })
  checkpointId: string;

  @PrimaryColumn({ type: 'date' })
  day: string;

  @Column({ type: 'integer' })
  count: number;
}

/** The id range of the accepted check-ins of each local day, so exports read a key range. */
@Entity('stat_day_span')
export class DaySpan {
  @PrimaryColumn({ type: 'date' })
  day: string;

  @Column({ name: 'first_id', type: 'bigint' })
  firstId: string;

  @Column({ name: 'last_id', type: 'bigint' })
  lastId: string;
}

/**
 * Unique visitors as counts of consecutive visit days. For each visitor and scope, their visit
 * days d₁ < d₂ < … form pairs (−∞, d₁), (d₁, d₂), …; a visitor visited in [a, b] exactly when one
 * of their pairs has prev < a ≤ day ≤ b, so the visitors of [a, b] are
 * Σ count WHERE day BETWEEN a AND b AND prev_day < a. Exact, and nothing here names a visitor.
 */
@Entity('unique_pair')
// The key with the count: sums for hundreds of venues read the index alone.
@Index('unique_pair_cover', ['scope', 'day', 'prevDay', 'count'])
export class UniquePair {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  scope: string;

  @PrimaryColumn({ type: 'date' })
  day: string;

  /** `-infinity` for a visitor's first day in the scope. */
  @PrimaryColumn({ name: 'prev_day', type: 'date' })
  prevDay: string;

  @Column({ type: 'integer' })
  count: number;
}
