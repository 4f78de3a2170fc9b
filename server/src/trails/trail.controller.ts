import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ListResponse, TrailDetail, TrailSummary } from '@xinghuo/shared';
import { ApiErrors } from '../common/openapi';
import { Allow } from '../auth/auth.decorators';
import { Revalidated } from '../common/delivery';
import { UuidPipe } from '../common/uuid.pipe';
import { TrailQueryDto } from './trail.dto';
import { TrailService } from './trail.service';

@ApiTags('trails')
@Controller('trails')
@Allow('public')
export class TrailController {
  constructor(private readonly trails: TrailService) {}

  @Get()
  @Revalidated()
  @ApiOperation({ summary: 'Published trails, filtered by topic, audience group or region' })
  @ApiErrors('VALIDATION_FAILED', 'NOT_FOUND')
  async list(@Query() query: TrailQueryDto): Promise<ListResponse<TrailSummary>> {
    return { items: await this.trails.list(query) };
  }

  @Get(':id')
  @Revalidated()
  @ApiOperation({ summary: 'A published trail with its stops in order' })
  @ApiErrors('VALIDATION_FAILED', 'NOT_FOUND')
  detail(@Param('id', new UuidPipe()) id: string): Promise<TrailDetail> {
    return this.trails.detail(id);
  }
}
