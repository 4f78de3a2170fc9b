import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { REGION_LEVELS, type RegionLevel, type RegionSearchQuery } from '@xinghuo/shared';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';

/** Six digits down to counties, nine for townships. */
export const DIVISION_CODE = /^\d{6}(\d{3})?$/;

export class RegionQueryDto {
  @ApiPropertyOptional({
    description: 'List the children of this region; default the national root',
  })
  @IsOptional()
  @Matches(/^\d{6,12}$/, { message: 'parent must be a division code' })
  parent?: string;
}

export class RegionSearchDto implements RegionSearchQuery {
  @ApiProperty({ description: 'Part of a name, or the start of a code' })
  @IsString()
  @Length(1, 30)
  q: string;

  @ApiPropertyOptional({ enum: REGION_LEVELS })
  @IsOptional()
  @IsIn(REGION_LEVELS)
  level?: RegionLevel;

  @ApiPropertyOptional({ description: 'Only regions in this subtree' })
  @IsOptional()
  @Matches(DIVISION_CODE, { message: 'within must be a 6- or 9-digit division code' })
  within?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 50, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  limit?: number;
}
