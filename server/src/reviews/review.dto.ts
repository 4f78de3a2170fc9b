import { ApiPropertyOptional } from '@nestjs/swagger';
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
import { IsIn, IsOptional, IsUUID, Matches } from 'class-validator';
import { PageQueryDto } from '../common/paging';
import { TextProperty } from '../common/text-property';

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
  @TextProperty(L.reviewComment, { optional: true, allowEmpty: true })
  comment?: string;
}

export class ReturnReviewDto implements ReturnReviewRequest {
  @TextProperty(L.reviewComment, { description: 'What to change; shown to the staff' })
  comment: string;
}
