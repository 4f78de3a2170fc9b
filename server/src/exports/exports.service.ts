import type { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type StatsQuery, VENUE_KIND_LABELS } from '@xinghuo/shared';
import { DataSource } from 'typeorm';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import type { Principal } from '../auth/token.service';
import { RateLimitedError } from '../common/app-error';
import type { ExportCell } from '../documents/csv';
import { placeOf } from '../stats/stats.scope';
import { StatsService } from '../stats/stats.service';
import { TrailStatsService } from '../stats/trail-stats.service';
import type { CheckInExportJob } from './export-job';
import { checkInExportStream } from './export-stream';
import { figureSections } from './exports.mappers';

export interface ExportTable {
  /** What the file is called, in Chinese, without extension. */
  title: string;
  /** ASCII fallback name, without extension. */
  fallback: string;
  header: string[];
  rows: AsyncIterable<ExportCell[]>;
}

export interface ExportFile {
  title: string;
  fallback: string;
  body: Readable;
}

const CHECK_INS = `
  SELECT to_char(c.scanned_at AT TIME ZONE v.timezone, 'YYYY-MM-DD') AS day,
         to_char(c.scanned_at AT TIME ZONE v.timezone, 'HH24:MI') AS time,
         c.venue_id, c.checkpoint_id, c.visitor_id, c.source, a.correct
    FROM check_in c
    JOIN venue v ON v.id = c.venue_id
    LEFT JOIN check_in_answer a ON a.check_in_id = c.id
   WHERE c.id BETWEEN $1 AND $2 AND c.status = 'accepted' AND c.venue_id = ANY($3)
     AND (c.scanned_at AT TIME ZONE v.timezone)::date BETWEEN $4 AND $5
   ORDER BY c.id`;

/**
 * Exports for the caller's scope and period. Raw check-ins carry no personal data: the visitor
 * appears as a pseudonym made with a key drawn for this export alone (so two exports cannot be
 * joined on it), never an openid, a nickname, their audience group or a location. They are read
 * through a cursor by a worker thread (export-worker.ts) and streamed, and cover what the
 * figures cover: the check-ins folded so far.
 */
/** Check-in exports one process runs at once: each holds a worker thread and a connection. */
const MAX_RUNNING = 2;

@Injectable()
export class ExportsService {
  private running = 0;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly stats: StatsService,
    private readonly trails: TrailStatsService,
  ) {}

  async checkIns(
    principal: Principal,
    query: StatsQuery,
    format: CheckInExportJob['format'],
  ): Promise<ExportFile> {
    const r = await this.stats.request(principal, query);
    if (this.running >= MAX_RUNNING) throw new RateLimitedError(10);
    const [span] = (await this.db.query(
      `SELECT min(first_id) AS first, max(last_id) AS last FROM stat_day_span
        WHERE day BETWEEN $1 AND $2`,
      [r.period.from, r.period.to],
    )) as Array<{ first: string | null; last: string | null }>;
    const venueIds = new Set(r.scope.venues.map((v) => v.id));
    const body = checkInExportStream({
      url: (this.db.options as PostgresConnectionOptions).url!,
      sql: CHECK_INS,
      // An empty period reads an empty key range.
      params: [span?.first ?? 1, span?.last ?? 0, [...venueIds], r.period.from, r.period.to],
      format,
      sheet: '打卡记录',
      venues: r.scope.venues.map((v) => ({
        id: v.id,
        name: v.name,
        kind: VENUE_KIND_LABELS[v.kind],
        place: placeOf(v, r.scope, r.snapshot),
      })),
      checkpoints: [...r.snapshot.checkpoints.values()]
        .filter((c) => venueIds.has(c.venueId))
        .map((c) => [c.id, c.name]),
    });
    this.running += 1;
    body.once('close', () => (this.running -= 1));
    return {
      title: `${r.scope.dto.name}打卡记录_${r.period.from}_${r.period.to}`,
      fallback: `check-ins_${r.period.from}_${r.period.to}`,
      body,
    };
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
}
