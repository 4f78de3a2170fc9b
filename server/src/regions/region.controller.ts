import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import type { ListResponse, RegionDto } from '@xinghuo/shared';
import { IsOptional, Matches } from 'class-validator';
import { ApiErrors } from '../common/openapi';
import { Allow } from '../auth/auth.decorators';
import { CatalogService } from '../catalog/catalog.service';
import { NotFoundError } from '../common/app-error';

export const NATIONAL_REGION_CODE = '100000';

export class RegionQueryDto {
  @ApiPropertyOptional({
    description: 'List the children of this region; default the national root',
  })
  @IsOptional()
  @Matches(/^\d{6,12}$/, { message: 'parent must be a division code' })
  parent?: string;
}

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
