import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One key's hits in one window of one rule, shared by every process on the database. The table
 * is UNLOGGED (see its migration): counters are worth nothing after a crash, and skipping the
 * write-ahead log makes each upsert cheap.
 */
@Entity('rate_limit_counter')
export class RateLimitCounter {
  @PrimaryColumn('text')
  bucket: string;

  @PrimaryColumn('text')
  key: string;

  /** Milliseconds since epoch; windows are aligned so every process agrees on them. */
  @PrimaryColumn('bigint', { name: 'window_start' })
  windowStart: string;

  @Column('integer')
  hits: number;

  @Column('timestamptz', { name: 'expires_at' })
  expiresAt: Date;
}
