import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DatePeriod } from '@xinghuo/shared';
import { DataSource } from 'typeorm';

/** Counts by outcome (`accepted`, `repeat`, rejection codes), per key. */
export type OutcomeCounts = Map<string, Map<string, number>>;

const num = (value: unknown): number => Number(value ?? 0);

function nested(rows: Array<{ k: string; sub: string; n: unknown }>): OutcomeCounts {
  const out: OutcomeCounts = new Map();
  for (const row of rows) {
    const inner = out.get(row.k) ?? new Map<string, number>();
    inner.set(row.sub, (inner.get(row.sub) ?? 0) + num(row.n));
    out.set(row.k, inner);
  }
  return out;
}

function flat(rows: Array<{ k: string; n: unknown }>): Map<string, number> {
  return new Map(rows.map((r) => [String(r.k), num(r.n)]));
}

/**
 * The figures' SQL: sums over the folded aggregates by primary-key ranges, a few hundred rows
 * per scope at most, whatever the number of check-ins. Never reads `check_in`.
 */
@Injectable()
export class StatsQueries {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private rows<T>(sql: string, params: unknown[]): Promise<T[]> {
    return this.db.query(sql, params) as Promise<T[]>;
  }

  /** Check-ins by scope and outcome over the period. */
  async outcomes(scopes: string[], p: DatePeriod): Promise<OutcomeCounts> {
    if (scopes.length === 0) return new Map();
    return nested(
      await this.rows(
        `SELECT scope AS k, outcome AS sub, sum(count) AS n FROM stat_scope_day
          WHERE scope = ANY($1) AND day BETWEEN $2 AND $3 GROUP BY 1, 2`,
        [scopes, p.from, p.to],
      ),
    );
  }

  /** The scopes (venues, regions) with at least one accepted check-in in the period. */
  async activeScopes(scopes: string[], p: DatePeriod): Promise<Set<string>> {
    if (scopes.length === 0) return new Set();
    const rows = await this.rows<{ k: string }>(
      `SELECT DISTINCT scope AS k FROM stat_scope_day
        WHERE scope = ANY($1) AND day BETWEEN $2 AND $3 AND outcome IN ('accepted', 'offline_replay') AND count > 0`,
      [scopes, p.from, p.to],
    );
    return new Set(rows.map((r) => r.k));
  }

  /** Unique visitors per scope over the period, from the pair counts. */
  async uniques(scopes: string[], p: DatePeriod): Promise<Map<string, number>> {
    if (scopes.length === 0) return new Map();
    return flat(
      await this.rows(
        `SELECT scope AS k, sum(count) AS n FROM unique_pair
          WHERE scope = ANY($1) AND day BETWEEN $2 AND $3 AND prev_day < $2 GROUP BY 1`,
        [scopes, p.from, p.to],
      ),
    );
  }

  /** Check-ins by day and outcome for one scope. */
  async dailyOutcomes(scope: string, p: DatePeriod): Promise<OutcomeCounts> {
    return nested(
      await this.rows(
        `SELECT day::text AS k, outcome AS sub, sum(count) AS n FROM stat_scope_day
          WHERE scope = $1 AND day BETWEEN $2 AND $3 GROUP BY 1, 2`,
        [scope, p.from, p.to],
      ),
    );
  }

  /** Unique visitors of each single day: every pair ending that day counts (its prev is earlier). */
  async dailyUniques(scope: string, p: DatePeriod): Promise<Map<string, number>> {
    return flat(
      await this.rows(
        `SELECT day::text AS k, sum(count) AS n FROM unique_pair
          WHERE scope = $1 AND day BETWEEN $2 AND $3 GROUP BY 1`,
        [scope, p.from, p.to],
      ),
    );
  }

  /** Accepted check-ins of one scope by local hour. */
  hours(scope: string, p: DatePeriod): Promise<Map<string, number>> {
    return this.sumBy('stat_scope_hour', 'hour', scope, p);
  }

  /** Accepted check-ins of one scope by audience group. */
  groups(scope: string, p: DatePeriod): Promise<Map<string, number>> {
    return this.sumBy('stat_scope_group', 'audience_group', scope, p);
  }

  private async sumBy(
    table: 'stat_scope_hour' | 'stat_scope_group',
    column: 'hour' | 'audience_group',
    scope: string,
    p: DatePeriod,
  ): Promise<Map<string, number>> {
    return flat(
      await this.rows(
        `SELECT ${column} AS k, sum(count) AS n FROM ${table}
          WHERE scope = $1 AND day BETWEEN $2 AND $3 GROUP BY 1`,
        [scope, p.from, p.to],
      ),
    );
  }

  /** Accepted check-ins per checkpoint. */
  async stamps(checkpointIds: string[], p: DatePeriod): Promise<Map<string, number>> {
    if (checkpointIds.length === 0) return new Map();
    return flat(
      await this.rows(
        `SELECT checkpoint_id AS k, sum(count) AS n FROM stat_checkpoint_day
          WHERE checkpoint_id = ANY($1) AND day BETWEEN $2 AND $3 GROUP BY 1`,
        [checkpointIds, p.from, p.to],
      ),
    );
  }

  /** Answers and right first answers per checkpoint, by the stamp's day. */
  async answers(
    checkpointIds: string[],
    p: DatePeriod,
  ): Promise<Map<string, { answered: number; correct: number }>> {
    if (checkpointIds.length === 0) return new Map();
    const rows = await this.rows<{ k: string; answered: unknown; correct: unknown }>(
      `SELECT checkpoint_id AS k, sum(answered) AS answered, sum(correct) AS correct
         FROM learning_stat WHERE checkpoint_id = ANY($1) AND day BETWEEN $2 AND $3 GROUP BY 1`,
      [checkpointIds, p.from, p.to],
    );
    return new Map(rows.map((r) => [r.k, { answered: num(r.answered), correct: num(r.correct) }]));
  }

  /** Visitors who started each trail in the period, by stamps held and finished or not. */
  async funnels(
    trailIds: string[],
    p: DatePeriod,
    group: string | null,
  ): Promise<Array<{ trailId: string; collected: number; finished: boolean; count: number }>> {
    if (trailIds.length === 0) return [];
    const rows = await this.rows<{ t: string; c: number; f: boolean; n: unknown }>(
      `SELECT trail_id AS t, collected AS c, finished AS f, sum(count) AS n FROM trail_funnel_stat
        WHERE trail_id = ANY($1) AND start_day BETWEEN $2 AND $3
          AND ($4::varchar IS NULL OR audience_group = $4)
        GROUP BY 1, 2, 3`,
      [trailIds, p.from, p.to, group],
    );
    return rows.map((r) => ({ trailId: r.t, collected: r.c, finished: r.f, count: num(r.n) }));
  }

  /** Finishers per trail and time-to-finish bucket. */
  async finishes(
    trailIds: string[],
    p: DatePeriod,
    group: string | null,
  ): Promise<Array<{ trailId: string; bucket: number; count: number }>> {
    if (trailIds.length === 0) return [];
    const rows = await this.rows<{ t: string; b: number; n: unknown }>(
      `SELECT trail_id AS t, bucket AS b, sum(count) AS n FROM trail_finish_stat
        WHERE trail_id = ANY($1) AND start_day BETWEEN $2 AND $3
          AND ($4::varchar IS NULL OR audience_group = $4)
        GROUP BY 1, 2`,
      [trailIds, p.from, p.to, group],
    );
    return rows.map((r) => ({ trailId: r.t, bucket: r.b, count: num(r.n) }));
  }

  /** When the folder last brought new check-ins into the figures. */
  async asOf(): Promise<string | null> {
    const [row] = await this.rows<{ at: Date | null }>(
      `SELECT max(folded_at) AS at FROM stat_cursor`,
      [],
    );
    return row?.at ? new Date(row.at).toISOString() : null;
  }
}
