import { ApiPropertyOptional } from '@nestjs/swagger';
import { VENUE_KINDS, type VenueKind } from '@xinghuo/shared';
import { IsIn, IsOptional, Matches } from 'class-validator';

export class VenueQueryDto {
  @ApiPropertyOptional({
    description: '"lat,lng": sort by distance from here',
    example: '39.63,118.18',
  })
  @IsOptional()
  @Matches(/^-?\d{1,2}(\.\d+)?,-?\d{1,3}(\.\d+)?$/, { message: 'near must be "lat,lng"' })
  near?: string;

  @ApiPropertyOptional({ description: 'Region code: venues in this region and below' })
  @IsOptional()
  @Matches(/^\d{6,12}$/, { message: 'region must be a division code' })
  region?: string;

  @ApiPropertyOptional({ enum: VENUE_KINDS })
  @IsOptional()
  @IsIn(VENUE_KINDS)
  kind?: VenueKind;
}
