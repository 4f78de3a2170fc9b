import { ApiPropertyOptional } from '@nestjs/swagger';
import { AUDIENCE_GROUPS, type AudienceGroup, type UpdateProfileRequest } from '@xinghuo/shared';
import { IsIn, IsOptional, IsString, Length, Matches, ValidateIf } from 'class-validator';

export class UpdateProfileDto implements UpdateProfileRequest {
  @ApiPropertyOptional({ nullable: true, maxLength: 20 })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @Length(1, 20)
  @Matches(/^[^<>\p{Cc}]+$/u, { message: 'nickname has characters that are not allowed' })
  nickname?: string | null;

  @ApiPropertyOptional({ enum: AUDIENCE_GROUPS, nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsIn(AUDIENCE_GROUPS)
  audienceGroup?: AudienceGroup | null;
}
