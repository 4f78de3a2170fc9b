import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { addDays, DEFAULT_TIMEZONE, localTime } from '@xinghuo/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { CLOCK, type Clock } from '../common/clock';
import { APP_CONFIG, type AppConfig } from '../config/config';
import {
  bind,
  ensureScopes,
  foldCounts,
  foldFunnels,
  ONE_VISITOR,
  REFOLD_REPEATS,
  SCOPE_VERSIONS,
  type Selection,
  UPSERT_PAIRS,
  visitHistory,
  WINDOW,
} from './fold.sql';
import { FINISH_BUCKET_EDGES } from './funnel';
import { foldVisits, type ScopeVersion, type VisitRow } from './unique-pairs';

/** Advisory lock key: one fold at a time across every server process on the database. */
export const FOLD_LOCK_KEY = 7_240_905;
/** Rows of each source per fold transaction, so catching up never holds one long transaction. */
const WINDOW_ROWS = 50_000;
/** Late scans may reach this many days back (72 h of offline lateness, rounded up, plus time zones). */
const OPEN_DAYS = 5;
const OPEN_DAYS_REFOLD_MS = 60_000;
/** The position of a venue_visit row no cursor reaches. */
const UNBOUNDED = '9223372036854775807';

export interface FoldReport {
  checkIns: number;
  /** venue_visit rows read: the new ones and their visitors' history. */
  visits: number;
  /** Pair count rows changed. */
  pairs: number;
  /** (trail, visitor) funnel states moved. */
  funnels: number;
}

interface Positions {
  checkIn: number;
  visit: number;
}

type Query = (sql: string, params: Record<string, unknown>) => Promise<unknown[]>;

/**
 * Folds raw check-ins into the aggregates organizers read, outside the check-in writer's
 * transaction: new `check_in` rows (by id) into per-scope counts, new `venue_visit` rows (by seq)
 * into unique-visitor pair counts, and the trail progress they moved into the funnels.
 *
 * Order: ids are handed out before commit, so a row with a small id can commit after one with a
 * larger id. The folder therefore reads its horizon (the largest id and seq) while holding a
 * SHARE lock on both tables, which waits for every transaction writing them to end and is
 * released at once: everything up to the horizon has then committed or never will. Folding
 * advances the cursors (`stat_cursor`) in the same transaction as the counts, so figures and
 * cursors never disagree. An advisory lock lets one process fold at a time.
 */
@Injectable()
export class StatsFolder implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('StatsFolder');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | null = null;
  private stopping = false;
  private repeatsRefoldedAll = false;
  private openDaysRefoldedAt = 0;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.statsFoldIntervalMs <= 0) return;
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = this.fold(false)
        .catch((error: Error) => this.logger.warn(`fold failed: ${error.message}`))
        .finally(() => (this.running = null));
    }, this.config.statsFoldIntervalMs);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    // A catch-up stops after the window under way; the next process carries on from the cursors.
    this.stopping = true;
    await this.running;
  }

  /** Folds everything committed so far, waiting for a fold under way (here or elsewhere) first. */
  async foldNow(): Promise<FoldReport> {
    await this.running;
    const report = await this.fold(true);
    return report!;
  }

  /** Takes the fold lock for the caller's transaction (erasure), waiting for a fold under way. */
  async lockFolds(tx: EntityManager): Promise<void> {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [FOLD_LOCK_KEY]);
  }

  /**
   * Folds one visitor's rows past the cursors inside the caller's transaction, which holds the
   * fold lock and has locked the visitor row, so no batch can add to them meanwhile. Erasure
   * then deletes the rows; the window folds that follow never see them.
   */
  async foldVisitor(tx: EntityManager, visitorId: string): Promise<FoldReport> {
    const at = await this.positions((sql) => tx.query(sql) as Promise<unknown[]>);
    const query: Query = (sql, params) => {
      const { text, values } = bind(sql, params);
      return tx.query(text, values) as Promise<unknown[]>;
    };
    return this.foldSelection(query, ONE_VISITOR, {
      ckFrom: at.checkIn,
      ckTo: UNBOUNDED,
      vvFrom: at.visit,
      vvTo: UNBOUNDED,
      visitor: visitorId,
    });
  }

  private async fold(wait: boolean): Promise<FoldReport | null> {
    const runner = this.db.createQueryRunner();
    await runner.connect();
    try {
      const [lock] = (await runner.query(
        wait
          ? 'SELECT pg_advisory_lock($1) IS NOT NULL AS ok'
          : 'SELECT pg_try_advisory_lock($1) AS ok',
        [FOLD_LOCK_KEY],
      )) as Array<{ ok: boolean }>;
      if (!lock?.ok) return null;
      try {
        const query: Query = (sql, params) => {
          const { text, values } = bind(sql, params);
          return runner.query(text, values) as Promise<unknown[]>;
        };
        const before = await this.positions((sql) => runner.query(sql) as Promise<unknown[]>);
        const report = await this.foldWindows(query, runner, before);
        await runner.startTransaction();
        try {
          await query(REFOLD_REPEATS, {
            since: this.repeatsSince(before.checkIn === 0 && before.visit === 0),
          });
          await runner.commitTransaction();
        } catch (error) {
          await runner.rollbackTransaction();
          throw error;
        }
        return report;
      } finally {
        await runner.query('SELECT pg_advisory_unlock($1)', [FOLD_LOCK_KEY]);
      }
    } finally {
      await runner.release();
    }
  }

  private async foldWindows(
    query: Query,
    runner: ReturnType<DataSource['createQueryRunner']>,
    from: Positions,
  ): Promise<FoldReport> {
    const total: FoldReport = { checkIns: 0, visits: 0, pairs: 0, funnels: 0 };
    let at = from;
    const visible = await this.maxima((sql) => runner.query(sql) as Promise<unknown[]>);
    if (visible.checkIn <= at.checkIn && visible.visit <= at.visit) return total;

    await runner.startTransaction();
    let horizon: Positions;
    try {
      // Waits for every transaction writing either table to end; released by the commit.
      await runner.query(`SET LOCAL lock_timeout = '5s'`);
      await runner.query('LOCK TABLE check_in, venue_visit IN SHARE MODE');
      horizon = await this.maxima((sql) => runner.query(sql) as Promise<unknown[]>);
      await runner.commitTransaction();
    } catch (error) {
      await runner.rollbackTransaction();
      throw error;
    }

    while ((at.checkIn < horizon.checkIn || at.visit < horizon.visit) && !this.stopping) {
      const to: Positions = {
        checkIn: Math.min(horizon.checkIn, at.checkIn + WINDOW_ROWS),
        visit: Math.min(horizon.visit, at.visit + WINDOW_ROWS),
      };
      await runner.startTransaction();
      try {
        const report = await this.foldSelection(query, WINDOW, {
          ckFrom: at.checkIn,
          ckTo: to.checkIn,
          vvFrom: at.visit,
          vvTo: to.visit,
        });
        await query(
          `UPDATE stat_cursor SET folded_at = :now,
                  position = CASE source WHEN 'check_in' THEN :ck ELSE :vv END::bigint`,
          { now: new Date(this.clock.now()), ck: to.checkIn, vv: to.visit },
        );
        await runner.commitTransaction();
        for (const k of Object.keys(total) as Array<keyof FoldReport>) total[k] += report[k];
      } catch (error) {
        await runner.rollbackTransaction();
        throw error;
      }
      at = to;
    }
    return total;
  }

  private async foldSelection(
    query: Query,
    selection: Selection,
    params: Record<string, unknown>,
  ): Promise<FoldReport> {
    await query(ensureScopes(selection), params);
    const [counted] = (await query(foldCounts(selection), params)) as Array<{ n: number }>;
    const visits = (await query(visitHistory(selection), params)) as VisitRow[];
    const versions = (await query(SCOPE_VERSIONS, {})) as ScopeVersion[];
    const deltas = foldVisits(visits, versions);
    if (deltas.length > 0) await query(UPSERT_PAIRS, { rows: JSON.stringify(deltas) });
    const [moved] = (await query(foldFunnels(selection), {
      ...params,
      edges: FINISH_BUCKET_EDGES,
    })) as Array<{ n: number }>;
    return {
      checkIns: counted?.n ?? 0,
      visits: visits.length,
      pairs: deltas.length,
      funnels: moved?.n ?? 0,
    };
  }

  private async positions(query: (sql: string) => Promise<unknown[]>): Promise<Positions> {
    await query(
      `INSERT INTO stat_cursor (source) VALUES ('check_in'), ('venue_visit') ON CONFLICT DO NOTHING`,
    );
    const rows = (await query(`SELECT source, position FROM stat_cursor`)) as Array<{
      source: string;
      position: string;
    }>;
    const of = (source: string) => Number(rows.find((r) => r.source === source)?.position ?? 0);
    return { checkIn: of('check_in'), visit: of('venue_visit') };
  }

  private async maxima(query: (sql: string) => Promise<unknown[]>): Promise<Positions> {
    const [row] = (await query(
      `SELECT (SELECT coalesce(max(id), 0) FROM check_in) AS check_in,
              (SELECT coalesce(max(seq), 0) FROM venue_visit) AS visit`,
    )) as Array<{ check_in: string; visit: string }>;
    return { checkIn: Number(row?.check_in ?? 0), visit: Number(row?.visit ?? 0) };
  }

  /**
   * Repeats are refolded from the writer's counts: every day when this process first folds or
   * the aggregates start empty, then the days a late scan can still reach once a minute, and
   * today and yesterday at every fold.
   */
  private repeatsSince(fromScratch: boolean): string {
    const now = this.clock.now();
    if (!this.repeatsRefoldedAll || fromScratch) {
      this.repeatsRefoldedAll = true;
      this.openDaysRefoldedAt = now;
      return '-infinity';
    }
    const today = localTime(new Date(now), DEFAULT_TIMEZONE).date;
    const since = now - this.openDaysRefoldedAt;
    if (since >= OPEN_DAYS_REFOLD_MS || since < 0) {
      this.openDaysRefoldedAt = now;
      return addDays(today, -OPEN_DAYS);
    }
    return addDays(today, -1);
  }
}
