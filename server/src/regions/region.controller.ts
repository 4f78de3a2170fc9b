import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type ListResponse, NATIONAL_REGION_CODE, type RegionDto } from '@xinghuo/shared';
import { ApiErrors } from '../common/openapi';
import { RegionQueryDto } from './region.dto';
import { Allow } from '../auth/auth.decorators';
import { CatalogService } from '../catalog/catalog.service';
import { NotFoundError } from '../common/app-error';

@ApiTags('regions')
@Controller('regions')
@Allow('public')
export class RegionController {
  constructor(private readonly catalog: CatalogService) {}

  @Get()
  @ApiOperation({ summary: 'The children of a region (default: the provinces)' })
  @ApiErrors('VALIDATION_FAILED', 'NOT_FOUND')
  async children(@Query() query: RegionQueryDto): Promise<ListResponse<RegionDto>> {
    const { regions } = await this.catalog.get();
    const parent = query.parent ?? NATIONAL_REGION_CODE;
    if (!regions.has(parent)) throw new NotFoundError('地区');
    const items = [...regions.values()]
      .filter((r) => r.parentCode === parent)
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((r) => ({ code: r.code, name: r.name, level: r.level, parentCode: r.parentCode }));
    return { items };
  }
}
