import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config';

const SWEEP_EVERY_MS = 60 * 60 * 1000;
/** Rows deleted per statement, so no sweep holds locks or builds WAL in one long burst. */
const SLICE = 5_000;

/**
 * Deletes stored idempotency answers past their retention. One row is stored per check-in, so
 * without this the table grows for ever; a retry that comes later than the retention is judged
 * afresh (and an offline scan that late is refused as too late anyway).
 */
@Injectable()
export class IdempotencySweeper implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('IdempotencySweeper');
  private timer: NodeJS.Timeout | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.sweep().catch((error: Error) => this.logger.warn(`sweep failed: ${error.message}`));
    }, SWEEP_EVERY_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  /** Returns how many answers were deleted. */
  async sweep(now = new Date()): Promise<number> {
    const cutoff = new Date(now.getTime() - this.config.idempotencyRetentionDays * 86_400_000);
    let deleted = 0;
    for (;;) {
      const rows = (await this.db.query(
        `WITH old AS (SELECT ctid FROM idempotency_record WHERE created_at < $1 LIMIT ${SLICE}),
              gone AS (DELETE FROM idempotency_record r USING old WHERE r.ctid = old.ctid RETURNING 1)
         SELECT count(*)::int AS n FROM gone`,
        [cutoff],
      )) as Array<{ n: number }>;
      const n = rows[0]?.n ?? 0;
      deleted += n;
      if (n < SLICE) return deleted;
    }
  }
}
