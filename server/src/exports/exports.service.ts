import { createHmac, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AUDIENCE_GROUP_LABELS,
  type AudienceGroupKey,
  type StatsQuery,
  VENUE_KIND_LABELS,
} from '@xinghuo/shared';
import { DataSource } from 'typeorm';
import type { Principal } from '../auth/token.service';
import type { ExportCell } from '../documents';
import { placeOf } from '../stats/stats.scope';
import { type Request, StatsService } from '../stats/stats.service';
import { TrailStatsService } from '../stats/trail-stats.service';
import { figureSections } from './exports.mappers';

/** Rows fetched per round trip: bounded memory, however many rows the export has. */
const FETCH_ROWS = 2_000;

export interface ExportTable {
  /** What the file is called, in Chinese, without extension. */
  title: string;
  /** ASCII fallback name, without extension. */
  fallback: string;
  header: string[];
  rows: AsyncIterable<ExportCell[]>;
}

interface RawCheckIn {
  day: string;
  time: string;
  venue_id: string;
  checkpoint_id: string | null;
  visitor_id: string;
  source: string;
  grp: string;
  correct: boolean | null;
}

const CHECK_INS = `
  SELECT to_char(c.scanned_at AT TIME ZONE v.timezone, 'YYYY-MM-DD') AS day,
         to_char(c.scanned_at AT TIME ZONE v.timezone, 'HH24:MI') AS time,
         c.venue_id, c.checkpoint_id, c.visitor_id, c.source,
         coalesce(vi.audience_group, 'unknown') AS grp, a.correct
    FROM check_in c
    JOIN venue v ON v.id = c.venue_id
    LEFT JOIN visitor vi ON vi.id = c.visitor_id
    LEFT JOIN check_in_answer a ON a.check_in_id = c.id
   WHERE c.id BETWEEN $1 AND $2 AND c.status = 'accepted' AND c.venue_id = ANY($3)
     AND (c.scanned_at AT TIME ZONE v.timezone)::date BETWEEN $4 AND $5
   ORDER BY c.id`;

/**
 * Exports for the caller's scope and period. Raw check-ins carry no personal data: the visitor
 * appears as a pseudonym made with a key drawn for this export alone (so two exports cannot be
 * joined on it), never an openid, a nickname or a location. They are read through a cursor and
 * streamed, and cover what the figures cover: the check-ins folded so far.
 */
@Injectable()
export class ExportsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly stats: StatsService,
    private readonly trails: TrailStatsService,
  ) {}

  async checkIns(principal: Principal, query: StatsQuery): Promise<ExportTable> {
    const r = await this.stats.request(principal, query);
    const [span] = (await this.db.query(
      `SELECT min(first_id) AS first, max(last_id) AS last FROM stat_day_span
        WHERE day BETWEEN $1 AND $2`,
      [r.period.from, r.period.to],
    )) as Array<{ first: string | null; last: string | null }>;
    return {
      title: `${r.scope.dto.name}打卡记录_${r.period.from}_${r.period.to}`,
      fallback: `check-ins_${r.period.from}_${r.period.to}`,
      header: [
        '日期',
        '时间',
        '场馆',
        '场馆类型',
        '所在地区',
        '打卡点',
        '访客代号',
        '人群',
        '来源',
        '答题',
      ],
      rows: this.checkInRows(r, span?.first ?? null, span?.last ?? null),
    };
  }

  private async *checkInRows(
    r: Request,
    first: string | null,
    last: string | null,
  ): AsyncGenerator<ExportCell[]> {
    if (first === null || last === null) return;
    const key = randomBytes(32);
    const pseudonym = (visitor: string) =>
      createHmac('sha256', key).update(visitor).digest('base64url').slice(0, 12);
    const venues = new Map(r.scope.venues.map((v) => [v.id, v]));
    const places = new Map(r.scope.venues.map((v) => [v.id, placeOf(v, r.scope, r.snapshot)]));
    for await (const row of this.cursor<RawCheckIn>(CHECK_INS, [
      first,
      last,
      [...venues.keys()],
      r.period.from,
      r.period.to,
    ])) {
      const venue = venues.get(row.venue_id)!;
      yield [
        row.day,
        row.time,
        venue.name,
        VENUE_KIND_LABELS[venue.kind],
        places.get(venue.id) ?? '',
        (row.checkpoint_id && r.snapshot.checkpoints.get(row.checkpoint_id)?.name) || '',
        pseudonym(row.visitor_id),
        row.grp === 'unknown'
          ? '未填写'
          : AUDIENCE_GROUP_LABELS[row.grp as Exclude<AudienceGroupKey, 'unknown'>],
        row.source === 'offline' ? '离线补传' : '现场',
        row.correct === null ? '未答' : row.correct ? '答对' : '答错',
      ];
    }
  }

  /** The dashboard's figures for the scope and period, as one table of titled sections. */
  async figures(principal: Principal, query: StatsQuery): Promise<ExportTable> {
    const r = await this.stats.request(principal, query);
    const sections = await figureSections(this.stats, this.trails, principal, query);
    return {
      title: `${r.scope.dto.name}数据汇总_${r.period.from}_${r.period.to}`,
      fallback: `figures_${r.period.from}_${r.period.to}`,
      header: [`${r.scope.dto.name} ${r.period.from} 至 ${r.period.to}`],
      rows: (async function* () {
        yield* sections;
      })(),
    };
  }

  /**
   * Rows of one query through a server-side cursor, a few thousand at a time, on a connection of
   * its own. A consumer that stops early (a client gone) ends the loop, which closes the cursor.
   */
  private async *cursor<T>(sql: string, params: unknown[]): AsyncGenerator<T> {
    const runner = this.db.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      await runner.query(`DECLARE export_rows NO SCROLL CURSOR FOR ${sql}`, params);
      for (;;) {
        const rows = (await runner.query(`FETCH ${FETCH_ROWS} FROM export_rows`)) as T[];
        if (rows.length === 0) break;
        yield* rows;
      }
      await runner.commitTransaction();
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      await runner.release();
    }
  }
}
