import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type ApproveReviewRequest,
  CONTENT_LIMITS as L,
  REVIEW_SUBJECTS,
  REVISION_STATUSES,
  type ReviewQuery,
  type ReviewSubject,
  type RevisionStatus,
  type ReturnReviewRequest,
} from '@xinghuo/shared';
import { IsIn, IsOptional, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { PageQueryDto } from '../common/paging';

export class ReviewQueryDto extends PageQueryDto implements ReviewQuery {
  @ApiPropertyOptional({ enum: REVISION_STATUSES })
  @IsOptional()
  @IsIn(REVISION_STATUSES)
  status?: RevisionStatus;

  @ApiPropertyOptional({ enum: REVIEW_SUBJECTS })
  @IsOptional()
  @IsIn(REVIEW_SUBJECTS)
  subject?: ReviewSubject;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  subjectId?: string;

  @ApiPropertyOptional({ description: 'A region of the subtree' })
  @IsOptional()
  @Matches(/^\d{6}(\d{3})?$/, { message: 'region must be a 6- or 9-digit division code' })
  region?: string;
}

export class ApproveReviewDto implements ApproveReviewRequest {
  @ApiPropertyOptional({ maxLength: L.reviewComment })
  @IsOptional()
  @IsString()
  @MaxLength(L.reviewComment)
  comment?: string;
}

export class ReturnReviewDto implements ReturnReviewRequest {
  @ApiProperty({ maxLength: L.reviewComment, description: 'What to change; shown to the staff' })
  @IsString()
  @Length(1, L.reviewComment)
  comment: string;
}
