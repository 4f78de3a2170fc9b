import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CurrentCampaignResponse } from '@xinghuo/shared';
import { Allow } from '../auth/auth.decorators';
import { Revalidated } from '../common/delivery';
import { CatalogService } from '../catalog/catalog.service';
import { CLOCK, type Clock } from '../common/clock';
import type { Campaign } from './campaign.entity';
import { toCampaignDto } from './campaign.mappers';

@ApiTags('campaigns')
@Controller('campaigns')
@Allow('public')
export class CampaignController {
  constructor(
    private readonly catalog: CatalogService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The campaign open now (the widest one when several overlap), or else the next to open. */
  @Get('current')
  @Revalidated()
  @Revalidated()
  @ApiOperation({ summary: 'The campaign open now, or the next one' })
  async current(): Promise<CurrentCampaignResponse> {
    const { campaigns, regions } = await this.catalog.get();
    const now = this.clock.now();
    const depth = (c: Campaign) => regions.get(c.regionCode)?.path.length ?? 0;
    const open = campaigns
      .filter((c) => c.startsAt.getTime() <= now && c.endsAt.getTime() > now)
      .sort((a, b) => depth(a) - depth(b));
    const upcoming = campaigns.find((c) => c.startsAt.getTime() > now);
    return {
      current: open[0] ? toCampaignDto(open[0]) : null,
      upcoming: !open[0] && upcoming ? toCampaignDto(upcoming) : null,
    };
  }
}
