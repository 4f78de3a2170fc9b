import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { ListResponse, TrailDetail, TrailSummary } from '@xinghuo/shared';
import { Allow } from '../auth/auth.decorators';
import { UuidPipe } from '../common/uuid.pipe';
import { TrailQueryDto } from './trail.dto';
import { TrailService } from './trail.service';

@ApiTags('trails')
@Controller('trails')
@Allow('public')
export class TrailController {
  constructor(private readonly trails: TrailService) {}

  @Get()
  async list(@Query() query: TrailQueryDto): Promise<ListResponse<TrailSummary>> {
    return { items: await this.trails.list(query) };
  }

  @Get(':id')
  detail(@Param('id', new UuidPipe()) id: string): Promise<TrailDetail> {
    return this.trails.detail(id);
  }
}
