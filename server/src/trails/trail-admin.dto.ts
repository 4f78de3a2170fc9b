import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type AdminTrailQuery,
  AUDIENCE_GROUPS,
  type AudienceGroup,
  CONTENT_LIMITS as L,
  REVIEW_STATUSES,
  TOPICS,
  type Topic,
  type TrailActionRequest,
  type TrailConsentRequest,
  type TrailProposal,
  type TrailStatus,
  type UpdateTrailProposalRequest,
} from '@xinghuo/shared';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { PageQueryDto } from '../common/paging';
import { TextProperty } from '../common/text-property';
import { VersionedDto } from '../common/versioned.dto';

export class ProposeTrailDto implements TrailProposal {
  @TextProperty(L.trailName)
  name: string;

  @ApiProperty({ enum: TOPICS })
  @IsIn(TOPICS)
  topic: Topic;

  @ApiProperty({ enum: AUDIENCE_GROUPS, isArray: true })
  @IsArray()
  @ArrayMaxSize(AUDIENCE_GROUPS.length)
  @IsIn(AUDIENCE_GROUPS, { each: true })
  audienceGroups: AudienceGroup[];

  @ApiProperty()
  @IsBoolean()
  ordered: boolean;

  @ApiProperty({ minimum: 10, maximum: L.trailMinutesMax })
  @IsInt()
  @Min(10)
  @Max(L.trailMinutesMax)
  estimatedMinutes: number;

  @TextProperty(L.trailDescription, { allowEmpty: true })
  description: string;

  @ApiProperty({ type: [String], minItems: L.trailStopsMin, maxItems: L.trailStopsMax })
  @IsArray()
  @ArrayMinSize(L.trailStopsMin)
  @ArrayMaxSize(L.trailStopsMax)
  @IsUUID('all', { each: true })
  checkpointIds: string[];
}

export class UpdateTrailProposalDto extends VersionedDto implements UpdateTrailProposalRequest {
  @TextProperty(L.trailName, { optional: true })
  name?: string;

  @ApiPropertyOptional({ enum: TOPICS })
  @IsOptional()
  @IsIn(TOPICS)
  topic?: Topic;

  @ApiPropertyOptional({ enum: AUDIENCE_GROUPS, isArray: true })
  @IsOptional()
  @IsArray()
  @IsIn(AUDIENCE_GROUPS, { each: true })
  audienceGroups?: AudienceGroup[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  ordered?: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(10)
  @Max(L.trailMinutesMax)
  estimatedMinutes?: number;

  @TextProperty(L.trailDescription, { optional: true, allowEmpty: true })
  description?: string;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(L.trailStopsMin)
  @ArrayMaxSize(L.trailStopsMax)
  @IsUUID('all', { each: true })
  checkpointIds?: string[];
}

export class TrailConsentDto implements TrailConsentRequest {
  @ApiProperty({ enum: ['accepted', 'declined'] })
  @IsIn(['accepted', 'declined'])
  decision: 'accepted' | 'declined';

  @TextProperty(L.reviewComment, { optional: true, allowEmpty: true })
  comment?: string;
}

export class TrailActionDto extends VersionedDto implements TrailActionRequest {}

export class AdminTrailQueryDto extends PageQueryDto implements AdminTrailQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: REVIEW_STATUSES })
  @IsOptional()
  @IsIn(REVIEW_STATUSES)
  status?: TrailStatus;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  awaitingMyConsent?: boolean;
}
