import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';

export class RegionQueryDto {
  @ApiPropertyOptional({
    description: 'List the children of this region; default the national root',
  })
  @IsOptional()
  @Matches(/^\d{6,12}$/, { message: 'parent must be a division code' })
  parent?: string;
}
