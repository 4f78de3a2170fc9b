import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type QueryRunner } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { ADVISORY_LOCKS } from '../database/advisory-locks';

const SWEEP_EVERY_MS = 60 * 60 * 1000;
/** Rows deleted per statement, so no sweep holds locks or builds WAL in one long burst. */
const SLICE = 5_000;
const DAY_MS = 86_400_000;

export interface SweepResult {
  /** Stored idempotency answers past IDEMPOTENCY_RETENTION_DAYS. */
  answers: number;
  /** Rejected check-in rows past REJECTED_CHECK_IN_RETENTION_DAYS. */
  rejected: number;
}

/**
 * Deletes what the check-in path stores only for a while: idempotency answers past their
 * retention (a retry that comes later is judged afresh, and an offline scan that late is
 * refused anyway) and rejected check-ins past theirs (their counts stay in `check_in_stat`).
 * Runs soon after boot, so a process restarted often still sweeps, then hourly; with several
 * processes on one database, one sweeps at a time.
 */
@Injectable()
export class CheckInSweeper implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('CheckInSweeper');
  private timer: NodeJS.Timeout | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  onApplicationBootstrap(): void {
    this.schedule(this.config.sweepStartDelaySeconds * 1000);
  }

  onModuleDestroy(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule(delayMs: number): void {
    this.timer = setTimeout(() => {
      this.sweep()
        .then((swept) => {
          if (swept && swept.answers + swept.rejected > 0) {
            this.logger.log(
              `swept ${swept.answers} stored answers, ${swept.rejected} rejected check-ins`,
            );
          }
        })
        .catch((error: Error) => this.logger.warn(`sweep failed: ${error.message}`))
        .finally(() => {
          if (this.timer) this.schedule(SWEEP_EVERY_MS);
        });
    }, delayMs);
    this.timer.unref();
  }

  /** What was deleted, or null when another process holds the sweep. */
  async sweep(now = new Date()): Promise<SweepResult | null> {
    const runner = this.db.createQueryRunner();
    await runner.connect();
    try {
      const [lock] = (await runner.query('SELECT pg_try_advisory_lock($1) AS locked', [
        ADVISORY_LOCKS.sweeper,
      ])) as Array<{ locked: boolean }>;
      if (!lock?.locked) return null;
      try {
        const days = (n: number) => new Date(now.getTime() - n * DAY_MS);
        return {
          answers: await deleteInSlices(
            runner,
            `SELECT ctid FROM idempotency_record WHERE created_at < $1`,
            'idempotency_record',
            days(this.config.idempotencyRetentionDays),
          ),
          rejected: await deleteInSlices(
            runner,
            // Matches the partial index check_in_rejected_received_idx. Only rows the stats
            // folder has counted (at or below its check_in cursor) may go (docs/figures.md).
            `SELECT ctid FROM check_in WHERE status = 'rejected' AND received_at < $1
               AND id <= coalesce((SELECT position FROM stat_cursor WHERE source = 'check_in'), 0)`,
            'check_in',
            days(this.config.rejectedCheckInRetentionDays),
          ),
        };
      } finally {
        await runner.query('SELECT pg_advisory_unlock($1)', [ADVISORY_LOCKS.sweeper]);
      }
    } finally {
      await runner.release();
    }
  }
}

async function deleteInSlices(
  runner: QueryRunner,
  select: string,
  table: string,
  cutoff: Date,
): Promise<number> {
  let deleted = 0;
  for (;;) {
    const rows = (await runner.query(
      `WITH old AS (${select} LIMIT ${SLICE}),
            gone AS (DELETE FROM ${table} t USING old WHERE t.ctid = old.ctid RETURNING 1)
       SELECT count(*)::int AS n FROM gone`,
      [cutoff],
    )) as Array<{ n: number }>;
    const n = rows[0]?.n ?? 0;
    deleted += n;
    if (n < SLICE) return deleted;
  }
}
