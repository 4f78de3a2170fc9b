import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type {
  StatsAudienceGroupsResponse,
  StatsCompareResponse,
  StatsDailyResponse,
  StatsFunnelsResponse,
  StatsHourlyResponse,
  StatsLearningResponse,
  StatsOverviewResponse,
  StatsRegionsResponse,
  StatsTodayResponse,
  StatsTopicsResponse,
  StatsTrailsResponse,
  StatsVenueKindsResponse,
  StatsVenuesResponse,
} from '@xinghuo/shared';
import { Allow, CurrentPrincipal } from '../auth/auth.decorators';
import type { Principal } from '../auth/token.service';
import { ApiErrors } from '../common/openapi';
import {
  StatsFunnelsQueryDto,
  StatsQueryDto,
  StatsRegionQueryDto,
  StatsVenuesQueryDto,
} from './stats.dto';
import { StatsService } from './stats.service';
import { TrailStatsService } from './trail-stats.service';

/**
 * Organizers' and staff's figures. Every route answers for the caller's scope only (an
 * organizer's region subtree, narrowed with `region=`; staff: their venue), from aggregates.
 */
@ApiTags('stats')
@Controller('stats')
@Allow('organizer', 'staff')
export class StatsController {
  constructor(
    private readonly stats: StatsService,
    private readonly trails: TrailStatsService,
  ) {}

  @Get('overview')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'Check-ins, unique visitors, repeats and rejections, by child region and venue',
  })
  @ApiErrors('VALIDATION_FAILED')
  overview(
    @CurrentPrincipal() p: Principal,
    @Query() q: StatsQueryDto,
  ): Promise<StatsOverviewResponse> {
    return this.stats.overview(p, q);
  }

  @Get('daily')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'The same figures day by day (unique visitors of each day)' })
  @ApiErrors('VALIDATION_FAILED')
  daily(@CurrentPrincipal() p: Principal, @Query() q: StatsQueryDto): Promise<StatsDailyResponse> {
    return this.stats.daily(p, q);
  }

  @Get('hourly')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Check-ins by hour of the day, summed over the period' })
  @ApiErrors('VALIDATION_FAILED')
  hourly(
    @CurrentPrincipal() p: Principal,
    @Query() q: StatsQueryDto,
  ): Promise<StatsHourlyResponse> {
    return this.stats.hourly(p, q);
  }

  @Get('venues')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Every venue of the scope with its figures, sortable and paged' })
  @ApiErrors('VALIDATION_FAILED')
  venues(
    @CurrentPrincipal() p: Principal,
    @Query() q: StatsVenuesQueryDto,
  ): Promise<StatsVenuesResponse> {
    return this.stats.venues(p, q);
  }

  @Get('venue-kinds')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Check-ins by venue kind' })
  @ApiErrors('VALIDATION_FAILED')
  venueKinds(
    @CurrentPrincipal() p: Principal,
    @Query() q: StatsQueryDto,
  ): Promise<StatsVenueKindsResponse> {
    return this.stats.venueKinds(p, q);
  }

  @Get('audience-groups')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Check-ins and unique visitors by audience group' })
  @ApiErrors('VALIDATION_FAILED')
  audienceGroups(
    @CurrentPrincipal() p: Principal,
    @Query() q: StatsQueryDto,
  ): Promise<StatsAudienceGroupsResponse> {
    return this.stats.audienceGroups(p, q);
  }

  @Get('regions')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'The child regions of the scope with their figures (drill down with region=)',
  })
  @ApiErrors('VALIDATION_FAILED')
  regions(
    @CurrentPrincipal() p: Principal,
    @Query() q: StatsQueryDto,
  ): Promise<StatsRegionsResponse> {
    return this.stats.regions(p, q);
  }

  @Get('trails')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Trails in the scope: stamps, visitors who started and finished' })
  @ApiErrors('VALIDATION_FAILED')
  trailFigures(
    @CurrentPrincipal() p: Principal,
    @Query() q: StatsQueryDto,
  ): Promise<StatsTrailsResponse> {
    return this.trails.trails(p, q);
  }

  @Get('funnels')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Trail funnels: started, holding 1, 2, … stamps, finished' })
  @ApiErrors('VALIDATION_FAILED')
  funnels(
    @CurrentPrincipal() p: Principal,
    @Query() q: StatsFunnelsQueryDto,
  ): Promise<StatsFunnelsResponse> {
    return this.trails.funnels(p, q);
  }

  @Get('topics')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Trail stamps, starts and finishes by topic' })
  @ApiErrors('VALIDATION_FAILED')
  topics(
    @CurrentPrincipal() p: Principal,
    @Query() q: StatsQueryDto,
  ): Promise<StatsTopicsResponse> {
    return this.trails.topics(p, q);
  }

  @Get('learning')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'Per checkpoint and trail: stamps, questions answered, first-try correct',
  })
  @ApiErrors('VALIDATION_FAILED')
  learning(
    @CurrentPrincipal() p: Principal,
    @Query() q: StatsQueryDto,
  ): Promise<StatsLearningResponse> {
    return this.trails.learning(p, q);
  }

  @Get('compare')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'The period against the one of equal length just before it' })
  @ApiErrors('VALIDATION_FAILED')
  compare(
    @CurrentPrincipal() p: Principal,
    @Query() q: StatsQueryDto,
  ): Promise<StatsCompareResponse> {
    return this.stats.compare(p, q);
  }

  @Get('today')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: "Today in the caller's scope: by hour, by checkpoint, rejections" })
  @ApiErrors('VALIDATION_FAILED')
  today(
    @CurrentPrincipal() p: Principal,
    @Query() q: StatsRegionQueryDto,
  ): Promise<StatsTodayResponse> {
    return this.stats.today(p, q.region);
  }
}
