import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { ListResponse, VenueDetail, VenueSummary } from '@xinghuo/shared';
import { Allow } from '../auth/auth.decorators';
import { UuidPipe } from '../common/uuid.pipe';
import { VenueQueryDto } from './venue.dto';
import { VenueService } from './venue.service';

@ApiTags('venues')
@Controller('venues')
@Allow('public')
export class VenueController {
  constructor(private readonly venues: VenueService) {}

  @Get()
  async list(@Query() query: VenueQueryDto): Promise<ListResponse<VenueSummary>> {
    return { items: await this.venues.list(query) };
  }

  @Get(':id')
  detail(@Param('id', new UuidPipe()) id: string): Promise<VenueDetail> {
    return this.venues.detail(id);
  }
}
