import { Inject, Injectable } from '@nestjs/common';
import {
  AUDIENCE_GROUPS,
  type AudienceGroupKey,
  type DatePeriod,
  datesBetween,
  DEFAULT_TIMEZONE,
  localTime,
  previousPeriod,
  type StatsAudienceGroupsResponse,
  type StatsCompareResponse,
  type StatsDailyResponse,
  type StatsHourlyResponse,
  type StatsMeta,
  type StatsOverviewResponse,
  type StatsQuery,
  type StatsRegionsResponse,
  type StatsTodayResponse,
  type StatsVenueKindsResponse,
  type StatsVenuesQuery,
  type StatsVenuesResponse,
  VENUE_KINDS,
  type VenueFigures,
} from '@xinghuo/shared';
import type { Principal } from '../auth/token.service';
import { CatalogService, type CatalogSnapshot } from '../catalog/catalog.service';
import { CLOCK, type Clock } from '../common/clock';
import { periodOf } from './stats.dto';
import {
  byCheckInsThenName,
  dayFiguresOf,
  figuresOf,
  periodDto,
  regionFiguresOf,
  venueFiguresOf,
} from './stats.mappers';
import { StatsQueries } from './stats.queries';
import { type FigureScope, resolveScope } from './stats.scope';

const AUDIENCE_KEYS: AudienceGroupKey[] = [...AUDIENCE_GROUPS, 'unknown'];
const TODAY_CHECKPOINTS = 50;

/** A request's scope, period and catalogue, resolved once. */
export interface Request {
  scope: FigureScope;
  period: DatePeriod;
  snapshot: CatalogSnapshot;
}

/** Dashboard figures for the caller's scope, all from the folded aggregates. */
@Injectable()
export class StatsService {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly catalog: CatalogService,
    private readonly queries: StatsQueries,
  ) {}

  async request(principal: Principal, query: StatsQuery): Promise<Request> {
    const period = periodOf(query);
    const snapshot = await this.catalog.get();
    return { scope: resolveScope(principal, snapshot, query.region), period, snapshot };
  }

  async meta({ scope, period }: Request): Promise<StatsMeta> {
    return { scope: scope.dto, period: periodDto(period), asOf: await this.queries.asOf() };
  }

  /** Every venue of the scope that is published or has figures, with its figures. */
  private async venueFigures(r: Request): Promise<VenueFigures[]> {
    const ids = r.scope.venues.map((v) => v.id);
    const [outcomes, uniques] = await Promise.all([
      this.queries.outcomes(ids, r.period),
      this.queries.uniques(ids, r.period),
    ]);
    return r.scope.venues
      .filter((v) => v.status === 'published' || outcomes.has(v.id))
      .map((v) =>
        venueFiguresOf(
          v,
          figuresOf(outcomes.get(v.id), uniques.get(v.id) ?? 0),
          r.scope,
          r.snapshot,
        ),
      )
      .sort(byCheckInsThenName);
  }

  private async regionFigures(r: Request, venues: VenueFigures[]) {
    const codes = r.scope.children.map((c) => c.region.code);
    const [outcomes, uniques] = await Promise.all([
      this.queries.outcomes(codes, r.period),
      this.queries.uniques(codes, r.period),
    ]);
    return r.scope.children
      .map(({ region, venues: inside }) => {
        const ids = new Set(inside.map((v) => v.id));
        return regionFiguresOf(
          region,
          figuresOf(outcomes.get(region.code), uniques.get(region.code) ?? 0),
          venues.filter((v) => ids.has(v.id)),
          inside.filter((v) => v.status === 'published').length,
        );
      })
      .sort(byCheckInsThenName);
  }

  async overview(principal: Principal, query: StatsQuery): Promise<StatsOverviewResponse> {
    const r = await this.request(principal, query);
    const [meta, totals, uniques, venues] = await Promise.all([
      this.meta(r),
      this.queries.outcomes([r.scope.key], r.period),
      this.queries.uniques([r.scope.key], r.period),
      this.venueFigures(r),
    ]);
    return {
      ...meta,
      ...figuresOf(totals.get(r.scope.key), uniques.get(r.scope.key) ?? 0),
      activeVenues: venues.filter((v) => v.checkIns > 0).length,
      byChildRegion: await this.regionFigures(r, venues),
      byVenue: venues,
    };
  }

  async regions(principal: Principal, query: StatsQuery): Promise<StatsRegionsResponse> {
    const r = await this.request(principal, query);
    const [meta, venues] = await Promise.all([this.meta(r), this.venueFigures(r)]);
    return { ...meta, items: await this.regionFigures(r, venues) };
  }

  async venues(principal: Principal, query: StatsVenuesQuery): Promise<StatsVenuesResponse> {
    const r = await this.request(principal, query);
    const [meta, all] = await Promise.all([this.meta(r), this.venueFigures(r)]);
    const key = query.sort ?? 'checkIns';
    const sign = (query.order ?? 'desc') === 'desc' ? -1 : 1;
    const sorted = [...all].sort((a, b) =>
      key === 'name'
        ? sign * a.name.localeCompare(b.name, 'zh-CN')
        : sign * (a[key] - b[key]) || a.name.localeCompare(b.name, 'zh-CN'),
    );
    const offset = query.offset ?? 0;
    return {
      ...meta,
      total: all.length,
      items: sorted.slice(offset, offset + (query.limit ?? 50)),
    };
  }

  async daily(principal: Principal, query: StatsQuery): Promise<StatsDailyResponse> {
    const r = await this.request(principal, query);
    const [meta, days] = await Promise.all([this.meta(r), this.days(r.scope.key, r.period)]);
    return { ...meta, days };
  }

  private async days(key: string, period: DatePeriod) {
    const [outcomes, uniques] = await Promise.all([
      this.queries.dailyOutcomes(key, period),
      this.queries.dailyUniques(key, period),
    ]);
    return datesBetween(period.from, period.to).map((day) =>
      dayFiguresOf(day, outcomes.get(day), uniques.get(day) ?? 0),
    );
  }

  async hourly(principal: Principal, query: StatsQuery): Promise<StatsHourlyResponse> {
    const r = await this.request(principal, query);
    const [meta, hours] = await Promise.all([
      this.meta(r),
      this.queries.hours(r.scope.key, r.period),
    ]);
    return { ...meta, hours: hoursOf(hours) };
  }

  async venueKinds(principal: Principal, query: StatsQuery): Promise<StatsVenueKindsResponse> {
    const r = await this.request(principal, query);
    const keyOf = (kind: string) =>
      r.scope.dto.kind === 'venue' ? r.scope.key : `${r.scope.key}|${kind}`;
    const kinds = r.scope.dto.kind === 'venue' ? [r.scope.venues[0]!.kind] : [...VENUE_KINDS];
    const [meta, outcomes, venues] = await Promise.all([
      this.meta(r),
      this.queries.outcomes(kinds.map(keyOf), r.period),
      this.venueFigures(r),
    ]);
    return {
      ...meta,
      items: kinds.map((kind) => {
        const f = figuresOf(outcomes.get(keyOf(kind)), 0);
        const ofKind = venues.filter((v) => v.kind === kind);
        return {
          kind,
          venues: r.scope.venues.filter((v) => v.kind === kind && v.status === 'published').length,
          activeVenues: ofKind.filter((v) => v.checkIns > 0).length,
          checkIns: f.checkIns,
          repeats: f.repeats,
          rejections: f.rejections,
        };
      }),
    };
  }

  async audienceGroups(
    principal: Principal,
    query: StatsQuery,
  ): Promise<StatsAudienceGroupsResponse> {
    const r = await this.request(principal, query);
    const [meta, checkIns, uniques] = await Promise.all([
      this.meta(r),
      this.queries.groups(r.scope.key, r.period),
      this.queries.uniques(
        AUDIENCE_KEYS.map((g) => `${r.scope.key}|${g}`),
        r.period,
      ),
    ]);
    return {
      ...meta,
      items: AUDIENCE_KEYS.map((group) => ({
        group,
        checkIns: checkIns.get(group) ?? 0,
        uniqueVisitors: uniques.get(`${r.scope.key}|${group}`) ?? 0,
      })),
    };
  }

  async compare(principal: Principal, query: StatsQuery): Promise<StatsCompareResponse> {
    const r = await this.request(principal, query);
    const before = previousPeriod(r.period);
    const key = [r.scope.key];
    const [meta, now, nowUniques, then, thenUniques, nowDays, thenDays] = await Promise.all([
      this.meta(r),
      this.queries.outcomes(key, r.period),
      this.queries.uniques(key, r.period),
      this.queries.outcomes(key, before),
      this.queries.uniques(key, before),
      this.days(r.scope.key, r.period),
      this.days(r.scope.key, before),
    ]);
    return {
      ...meta,
      current: {
        period: periodDto(r.period),
        figures: figuresOf(now.get(r.scope.key), nowUniques.get(r.scope.key) ?? 0),
      },
      previous: {
        period: periodDto(before),
        figures: figuresOf(then.get(r.scope.key), thenUniques.get(r.scope.key) ?? 0),
      },
      daily: nowDays.map((current, i) => ({ current, previous: thenDays[i]! })),
    };
  }

  /** Today in the caller's scope: the screen staff keep open at the entrance. */
  async today(principal: Principal, region: string | undefined): Promise<StatsTodayResponse> {
    const day = localTime(new Date(this.clock.now()), DEFAULT_TIMEZONE).date;
    const r = await this.request(principal, { from: day, to: day, region });
    const venueIds = new Set(r.scope.venues.map((v) => v.id));
    const checkpoints = [...r.snapshot.checkpoints.values()].filter((c) => venueIds.has(c.venueId));
    const [meta, outcomes, uniques, hours, stamps] = await Promise.all([
      this.meta(r),
      this.queries.outcomes([r.scope.key], r.period),
      this.queries.uniques([r.scope.key], r.period),
      this.queries.hours(r.scope.key, r.period),
      this.queries.stamps(
        checkpoints.map((c) => c.id),
        r.period,
      ),
    ]);
    return {
      ...meta,
      ...figuresOf(outcomes.get(r.scope.key), uniques.get(r.scope.key) ?? 0),
      hours: hoursOf(hours),
      checkpoints: checkpoints
        .map((c) => ({
          checkpointId: c.id,
          name: c.name,
          venueName: r.snapshot.venues.get(c.venueId)?.name ?? '',
          checkIns: stamps.get(c.id) ?? 0,
        }))
        .sort(byCheckInsThenName)
        .slice(0, TODAY_CHECKPOINTS),
    };
  }
}

function hoursOf(counts: Map<string, number>): Array<{ hour: number; checkIns: number }> {
  return Array.from({ length: 24 }, (_, hour) => ({
    hour,
    checkIns: counts.get(String(hour)) ?? 0,
  }));
}
