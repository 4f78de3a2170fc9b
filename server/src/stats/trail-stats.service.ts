import { Injectable } from '@nestjs/common';
import type {
  AudienceGroupKey,
  StatsFunnelsQuery,
  StatsFunnelsResponse,
  StatsLearningResponse,
  StatsQuery,
  StatsTopicsResponse,
  StatsTrailsResponse,
  TopicFigures,
  TrailFunnel,
} from '@xinghuo/shared';
import type { Principal } from '../auth/token.service';
import type { CatalogTrail } from '../catalog/catalog.service';
import { funnelSteps, medianFromBuckets } from './funnel';
import { learningOf } from './stats.mappers';
import { StatsQueries } from './stats.queries';
import { trailsInScope } from './stats.scope';
import { type Request, StatsService } from './stats.service';

/** Trails, their funnels, topics and learning, for the trails that lie wholly in the scope. */
@Injectable()
export class TrailStatsService {
  constructor(
    private readonly stats: StatsService,
    private readonly queries: StatsQueries,
  ) {}

  private async funnelsOf(
    r: Request,
    trails: CatalogTrail[],
    group: AudienceGroupKey | null,
  ): Promise<{ funnels: TrailFunnel[]; stamps: Map<string, number> }> {
    const ids = trails.map((t) => t.trail.id);
    const checkpointIds = [...new Set(trails.flatMap((t) => t.checkpointIds))];
    const [cells, finishes, stamps] = await Promise.all([
      this.queries.funnels(ids, r.period, group),
      this.queries.finishes(ids, r.period, group),
      this.queries.stamps(checkpointIds, r.period),
    ]);
    const funnels = trails.map(({ trail, checkpointIds: stops }): TrailFunnel => {
      const distinct = [...new Set(stops)];
      const byCollected = new Map<number, number>();
      let started = 0;
      let finished = 0;
      for (const cell of cells) {
        if (cell.trailId !== trail.id) continue;
        started += cell.count;
        if (cell.finished) finished += cell.count;
        byCollected.set(cell.collected, (byCollected.get(cell.collected) ?? 0) + cell.count);
      }
      const buckets = new Map<number, number>();
      for (const f of finishes) {
        if (f.trailId === trail.id) buckets.set(f.bucket, (buckets.get(f.bucket) ?? 0) + f.count);
      }
      return {
        id: trail.id,
        name: trail.name,
        topic: trail.topic,
        stops: distinct.length,
        stamps: distinct.reduce((sum, id) => sum + (stamps.get(id) ?? 0), 0),
        started,
        finished,
        medianMinutesToFinish: medianFromBuckets(buckets),
        steps: funnelSteps(byCollected, distinct.length),
      };
    });
    return { funnels, stamps };
  }

  async trails(principal: Principal, query: StatsQuery): Promise<StatsTrailsResponse> {
    const r = await this.stats.request(principal, query);
    const [meta, { funnels }] = await Promise.all([
      this.stats.meta(r),
      this.funnelsOf(r, trailsInScope(r.snapshot, r.scope), null),
    ]);
    return {
      ...meta,
      items: funnels
        .map(({ steps: _steps, ...figures }) => figures)
        .sort((a, b) => b.started - a.started || a.name.localeCompare(b.name, 'zh-CN')),
    };
  }

  async funnels(principal: Principal, query: StatsFunnelsQuery): Promise<StatsFunnelsResponse> {
    const r = await this.stats.request(principal, query);
    const trails = trailsInScope(r.snapshot, r.scope).filter(
      (t) => query.trail === undefined || t.trail.id === query.trail,
    );
    const [meta, { funnels }] = await Promise.all([
      this.stats.meta(r),
      this.funnelsOf(r, trails, query.group ?? null),
    ]);
    return { ...meta, items: funnels.sort((a, b) => b.started - a.started) };
  }

  async topics(principal: Principal, query: StatsQuery): Promise<StatsTopicsResponse> {
    const r = await this.stats.request(principal, query);
    const trails = trailsInScope(r.snapshot, r.scope);
    const [meta, { funnels, stamps }] = await Promise.all([
      this.stats.meta(r),
      this.funnelsOf(r, trails, null),
    ]);
    const topics = new Map<string, TopicFigures & { checkpoints: Set<string> }>();
    for (const [i, { trail, checkpointIds }] of trails.entries()) {
      const entry = topics.get(trail.topic) ?? {
        topic: trail.topic,
        trails: 0,
        stamps: 0,
        started: 0,
        finished: 0,
        checkpoints: new Set<string>(),
      };
      entry.trails += 1;
      entry.started += funnels[i]!.started;
      entry.finished += funnels[i]!.finished;
      checkpointIds.forEach((id) => entry.checkpoints.add(id));
      topics.set(trail.topic, entry);
    }
    return {
      ...meta,
      items: [...topics.values()]
        .map(({ checkpoints, ...figures }) => ({
          ...figures,
          stamps: [...checkpoints].reduce((sum, id) => sum + (stamps.get(id) ?? 0), 0),
        }))
        .sort((a, b) => b.stamps - a.stamps || (a.topic < b.topic ? -1 : 1)),
    };
  }

  async learning(principal: Principal, query: StatsQuery): Promise<StatsLearningResponse> {
    const r = await this.stats.request(principal, query);
    const venueIds = new Set(r.scope.venues.map((v) => v.id));
    const checkpoints = [...r.snapshot.checkpoints.values()].filter((c) => venueIds.has(c.venueId));
    const ids = checkpoints.map((c) => c.id);
    const [meta, stamps, answers] = await Promise.all([
      this.stats.meta(r),
      this.queries.stamps(ids, r.period),
      this.queries.answers(ids, r.period),
    ]);
    const of = (id: string) =>
      learningOf(
        stamps.get(id) ?? 0,
        answers.get(id)?.answered ?? 0,
        answers.get(id)?.correct ?? 0,
      );
    const sum = (list: string[]) => {
      const parts = list.map(of);
      return learningOf(
        parts.reduce((s, p) => s + p.stamps, 0),
        parts.reduce((s, p) => s + p.answered, 0),
        parts.reduce((s, p) => s + p.firstTryCorrect, 0),
      );
    };
    return {
      ...meta,
      totals: sum(ids),
      checkpoints: checkpoints
        .map((c) => ({
          checkpointId: c.id,
          name: c.name,
          venueId: c.venueId,
          venueName: r.snapshot.venues.get(c.venueId)?.name ?? '',
          hasQuestion: c.card.question !== undefined,
          ...of(c.id),
        }))
        .filter((c) => c.stamps > 0 || c.hasQuestion)
        .sort((a, b) => b.stamps - a.stamps || a.name.localeCompare(b.name, 'zh-CN')),
      trails: trailsInScope(r.snapshot, r.scope)
        .map(({ trail, checkpointIds }) => ({
          trailId: trail.id,
          name: trail.name,
          ...sum([...new Set(checkpointIds)]),
        }))
        .sort((a, b) => b.stamps - a.stamps || a.name.localeCompare(b.name, 'zh-CN')),
    };
  }
}
