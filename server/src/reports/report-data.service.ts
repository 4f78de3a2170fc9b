import { Inject, Injectable } from '@nestjs/common';
import {
  AUDIENCE_GROUPS,
  DEFAULT_TIMEZONE,
  type Figures,
  localTime,
  type StatsQuery,
} from '@xinghuo/shared';
import type { Principal } from '../auth/token.service';
import { CLOCK, type Clock } from '../common/clock';
import type { ActivityReportData, HeadlineFigures } from '../documents/activity-report.types';
import { StatsQueries } from '../stats/stats.queries';
import { StatsService } from '../stats/stats.service';
import { TrailStatsService } from '../stats/trail-stats.service';

function headline(f: Figures, activeVenues: number): HeadlineFigures {
  return {
    checkIns: f.checkIns,
    visitors: f.uniqueVisitors,
    repeatScans: f.repeats,
    rejections: Object.fromEntries(f.rejectionsByReason.map((r) => [r.reason, r.count])),
    activeVenues,
  };
}

/**
 * The 活动总结's figures, assembled from the very responses the dashboard gets for the same
 * caller and period, so the report's numbers are the dashboard's.
 */
@Injectable()
export class ReportDataService {
  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly stats: StatsService,
    private readonly trails: TrailStatsService,
    private readonly queries: StatsQueries,
  ) {}

  async activityReport(principal: Principal, query: StatsQuery): Promise<ActivityReportData> {
    const r = await this.stats.request(principal, query);
    const [overview, compare, daily, hourly, kinds, groups, topics, funnels, learning] =
      await Promise.all([
        this.stats.overview(principal, query),
        this.stats.compare(principal, query),
        this.stats.daily(principal, query),
        this.stats.hourly(principal, query),
        this.stats.venueKinds(principal, query),
        this.stats.audienceGroups(principal, query),
        this.trails.topics(principal, query),
        this.trails.funnels(principal, query),
        this.trails.learning(principal, query),
      ]);
    const previousActive = await this.queries.activeScopes(
      r.scope.venues.map((v) => v.id),
      compare.previous.period,
    );

    const townships = [...r.snapshot.regions.values()].filter(
      (t) => t.level === 'township' && t.path.startsWith(r.scope.region.path),
    );
    const withVenues = townships.filter((t) =>
      r.scope.venues.some(
        (v) =>
          v.status === 'published' && r.snapshot.regions.get(v.regionCode)?.path.startsWith(t.path),
      ),
    );
    const reached = await this.queries.activeScopes(
      withVenues.map((t) => t.code),
      r.period,
    );

    const campaign = r.snapshot.campaigns
      .filter(
        (c) =>
          localTime(c.startsAt, DEFAULT_TIMEZONE).date <= r.period.to &&
          localTime(new Date(c.endsAt.getTime() - 1), DEFAULT_TIMEZONE).date >= r.period.from,
      )
      .sort((a, b) => b.startsAt.getTime() - a.startsAt.getTime())[0];

    return {
      region: {
        code: r.scope.region.code,
        name: r.scope.dto.name,
        level: r.scope.region.level,
      },
      campaignName: campaign?.name ?? '科普活动',
      period: { from: r.period.from, to: r.period.to },
      figures: headline(overview, overview.activeVenues),
      previous: {
        period: { from: compare.previous.period.from, to: compare.previous.period.to },
        figures: headline(compare.previous.figures, previousActive.size),
      },
      daily: daily.days.map((d) => ({
        date: d.day,
        checkIns: d.checkIns,
        visitors: d.uniqueVisitors,
      })),
      hourly: hourly.hours,
      byVenueKind: kinds.items.map((k) => ({
        kind: k.kind,
        venues: k.venues,
        checkIns: k.checkIns,
      })),
      byAudienceGroup: AUDIENCE_GROUPS.map((group) => {
        const g = groups.items.find((i) => i.group === group);
        return { group, checkIns: g?.checkIns ?? 0, visitors: g?.uniqueVisitors ?? 0 };
      }),
      byTopic: topics.items.map((t) => ({ topic: t.topic, checkIns: t.stamps })),
      childRegions: overview.byChildRegion.map((c) => ({
        code: c.code,
        name: c.name,
        venues: c.venues,
        activeVenues: c.activeVenues,
        checkIns: c.checkIns,
        visitors: c.uniqueVisitors,
      })),
      venues: overview.byVenue.map((v) => ({
        name: v.name,
        kind: v.kind,
        place: v.place,
        checkIns: v.checkIns,
        visitors: v.uniqueVisitors,
        repeatScans: v.repeats,
      })),
      townships: { withVenues: withVenues.length, reached: reached.size },
      trails: funnels.items.map((t) => ({
        name: t.name,
        stops: t.stops,
        started: t.started,
        reached: t.steps.map((s) => s.visitors),
        finished: t.finished,
        medianMinutesToFinish: t.medianMinutesToFinish?.minutes ?? null,
      })),
      learning: {
        checkpoints: learning.checkpoints
          .filter((c) => c.hasQuestion)
          .map((c) => ({
            name: c.name,
            venueName: c.venueName,
            stamps: c.stamps,
            answered: c.answered,
            firstTryCorrect: c.firstTryCorrect,
          })),
        trails: learning.trails.map((t) => ({
          name: t.name,
          stamps: t.stamps,
          answered: t.answered,
          firstTryCorrect: t.firstTryCorrect,
        })),
      },
      approximate: funnels.items.some((t) => t.medianMinutesToFinish) ? ['finishTime'] : [],
      generatedOn: localTime(new Date(this.clock.now()), DEFAULT_TIMEZONE).date,
    };
  }
}
