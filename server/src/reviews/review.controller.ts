import { Body, Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Page, ReviewDto } from '@xinghuo/shared';
import { type Actor, CurrentActor } from '../auth/actor';
import { Allow } from '../auth/auth.decorators';
import { PostAction } from '../common/action';
import { ApiErrors } from '../common/openapi';
import { UuidPipe } from '../common/uuid.pipe';
import { ApproveReviewDto, ReturnReviewDto, ReviewQueryDto } from './review.dto';
import { ReviewService } from './review.service';

@ApiTags('reviews')
@Controller('reviews')
export class ReviewController {
  constructor(private readonly reviews: ReviewService) {}

  @Get()
  @Allow('staff', 'organizer')
  @ApiOperation({ summary: "Reviews of the caller's venue or subtree, with before and after" })
  @ApiErrors('VALIDATION_FAILED')
  list(@CurrentActor() actor: Actor, @Query() query: ReviewQueryDto): Promise<Page<ReviewDto>> {
    return this.reviews.list(actor, query);
  }

  @Get(':id')
  @Allow('staff', 'organizer')
  @ApiOperation({ summary: 'One review with before and after' })
  @ApiErrors('VALIDATION_FAILED', 'NOT_FOUND')
  get(@CurrentActor() actor: Actor, @Param('id', new UuidPipe()) id: string): Promise<ReviewDto> {
    return this.reviews.get(actor, id);
  }

  @PostAction(':id/approve', 'Approve: the new text reaches visitors on every process')
  @Allow('organizer')
  @ApiErrors('VALIDATION_FAILED', 'NOT_FOUND', 'REVIEW_NOT_PENDING', 'STATE_CONFLICT')
  approve(
    @CurrentActor() actor: Actor,
    @Param('id', new UuidPipe()) id: string,
    @Body() body: ApproveReviewDto,
  ): Promise<ReviewDto> {
    return this.reviews.approve(actor, id, body.comment);
  }

  @PostAction(':id/return', 'Return to the staff with a comment')
  @Allow('organizer')
  @ApiErrors('VALIDATION_FAILED', 'NOT_FOUND', 'REVIEW_NOT_PENDING', 'STATE_CONFLICT')
  return(
    @CurrentActor() actor: Actor,
    @Param('id', new UuidPipe()) id: string,
    @Body() body: ReturnReviewDto,
  ): Promise<ReviewDto> {
    return this.reviews.return(actor, id, body.comment);
  }
}
