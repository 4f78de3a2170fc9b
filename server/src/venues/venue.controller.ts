import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ListResponse, VenueDetail, VenueSummary } from '@xinghuo/shared';
import { ApiErrors } from '../common/openapi';
import { Allow } from '../auth/auth.decorators';
import { Revalidated } from '../common/delivery';
import { UuidPipe } from '../common/uuid.pipe';
import { VenueQueryDto } from './venue.dto';
import { VenueService } from './venue.service';

@ApiTags('venues')
@Controller('venues')
@Allow('public')
export class VenueController {
  constructor(private readonly venues: VenueService) {}

  @Get()
  @Revalidated()
  @ApiOperation({ summary: 'Published venues, nearest first when a point is given' })
  @ApiErrors('VALIDATION_FAILED', 'NOT_FOUND')
  async list(@Query() query: VenueQueryDto): Promise<ListResponse<VenueSummary>> {
    return { items: await this.venues.list(query) };
  }

  @Get(':id')
  @Revalidated()
  @ApiOperation({ summary: 'A published venue with opening hours and active checkpoints' })
  @ApiErrors('VALIDATION_FAILED', 'NOT_FOUND')
  detail(@Param('id', new UuidPipe()) id: string): Promise<VenueDetail> {
    return this.venues.detail(id);
  }
}
