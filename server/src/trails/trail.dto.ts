import { ApiPropertyOptional } from '@nestjs/swagger';
import { AUDIENCE_GROUPS, type AudienceGroup, TOPICS, type Topic } from '@xinghuo/shared';
import { IsIn, IsOptional, Matches } from 'class-validator';

export class TrailQueryDto {
  @ApiPropertyOptional({ enum: TOPICS })
  @IsOptional()
  @IsIn(TOPICS)
  topic?: Topic;

  @ApiPropertyOptional({ enum: AUDIENCE_GROUPS })
  @IsOptional()
  @IsIn(AUDIENCE_GROUPS)
  audience?: AudienceGroup;

  @ApiPropertyOptional({
    description: 'Region code: trails owned by this region, its ancestors or descendants',
  })
  @IsOptional()
  @Matches(/^\d{6,12}$/, { message: 'region must be a division code' })
  region?: string;
}
