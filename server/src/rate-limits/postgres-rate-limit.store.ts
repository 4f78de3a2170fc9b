import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { CounterHit, RateLimitStore } from './rate-limiter';

const SWEEP_EVERY_MS = 60_000;

/** Every hit of one request in one round trip: an upsert that answers the new totals. */
const ADD = `
INSERT INTO rate_limit_counter AS c (bucket, key, window_start, hits, expires_at)
SELECT b, k, w, n, to_timestamp(x / 1000.0)
  FROM unnest($1::text[], $2::text[], $3::bigint[], $4::int[], $5::bigint[]) AS h(b, k, w, n, x)
ON CONFLICT (bucket, key, window_start) DO UPDATE SET hits = c.hits + excluded.hits
RETURNING bucket, key, window_start::text AS window_start, hits`;

/** Counters in PostgreSQL, shared by every process on the database; old windows swept each minute. */
@Injectable()
export class PostgresRateLimitStore implements RateLimitStore, OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('RateLimitStore');
  private sweeper?: NodeJS.Timeout;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  onModuleInit(): void {
    this.sweeper = setInterval(() => void this.sweep(), SWEEP_EVERY_MS);
    this.sweeper.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.sweeper);
  }

  async add(hits: CounterHit[]): Promise<number[]> {
    const rows = (await this.db.query(ADD, [
      hits.map((h) => h.bucket),
      hits.map((h) => h.key),
      hits.map((h) => h.windowStart),
      hits.map((h) => h.by),
      hits.map((h) => h.windowStart + h.windowMs),
    ])) as Array<{ bucket: string; key: string; window_start: string; hits: number }>;
    const totals = new Map(rows.map((r) => [`${r.bucket}\0${r.key}\0${r.window_start}`, r.hits]));
    return hits.map((h) => totals.get(`${h.bucket}\0${h.key}\0${h.windowStart}`) ?? h.by);
  }

  async sweep(): Promise<void> {
    try {
      await this.db.query('DELETE FROM rate_limit_counter WHERE expires_at < now()');
    } catch (error) {
      this.logger.warn(`sweeping rate-limit counters failed: ${(error as Error).message}`);
    }
  }
}
