import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  type ListResponse,
  NATIONAL_REGION_CODE,
  type RegionDto,
  type RegionWithAncestors,
} from '@xinghuo/shared';
import { DIVISION_CODE, RegionQueryDto, RegionSearchDto } from './region.dto';
import { ApiErrors } from '../common/openapi';
import { Allow } from '../auth/auth.decorators';
import { Revalidated } from '../common/delivery';
import { CatalogService } from '../catalog/catalog.service';
import { NotFoundError, ValidationError } from '../common/app-error';

@ApiTags('regions')
@Controller('regions')
@Allow('public')
export class RegionController {
  constructor(private readonly catalog: CatalogService) {}

  @Get()
  @Revalidated()
  @ApiOperation({ summary: 'The children of a region (default: the provinces)' })
  @ApiErrors('VALIDATION_FAILED', 'NOT_FOUND')
  async children(@Query() query: RegionQueryDto): Promise<ListResponse<RegionDto>> {
    const { regionTree } = await this.catalog.get();
    const parent = query.parent ?? NATIONAL_REGION_CODE;
    if (!regionTree.byCode.has(parent)) throw new NotFoundError('地区');
    const items = regionTree
      .childrenOf(parent)
      .map((r) => ({ code: r.code, name: r.name, level: r.level, parentCode: r.parentCode }));
    return { items };
  }

  /** The region picker: 45 k regions searched in memory. */
  @Get('search')
  @ApiOperation({ summary: 'Search regions by name or code prefix, each with its ancestors' })
  @ApiErrors('VALIDATION_FAILED', 'NOT_FOUND')
  async search(@Query() query: RegionSearchDto): Promise<ListResponse<RegionWithAncestors>> {
    const { regionTree } = await this.catalog.get();
    if (query.within && !regionTree.byCode.has(query.within)) throw new NotFoundError('地区');
    return {
      items: regionTree.search({
        q: query.q,
        level: query.level,
        within: query.within,
        limit: query.limit ?? 20,
      }),
    };
  }

  @Get(':code')
  @ApiOperation({ summary: 'One region with its ancestors' })
  @ApiErrors('VALIDATION_FAILED', 'NOT_FOUND')
  async one(@Param('code') code: string): Promise<RegionWithAncestors> {
    if (!DIVISION_CODE.test(code))
      throw new ValidationError('code', 'code must be a 6- or 9-digit division code');
    const { regionTree } = await this.catalog.get();
    const region = regionTree.withAncestors(code);
    if (!region) throw new NotFoundError('地区');
    return region;
  }
}
