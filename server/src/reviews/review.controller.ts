import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Page, ReviewDto } from '@xinghuo/shared';
import { type Actor, CurrentActor } from '../auth/actor';
import { Allow } from '../auth/auth.decorators';
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

  @Post(':id/approve')
  @HttpCode(200)
  @Allow('organizer')
  @ApiOperation({ summary: 'Approve: the new text reaches visitors on every process' })
  @ApiErrors('VALIDATION_FAILED', 'NOT_FOUND', 'REVIEW_NOT_PENDING', 'STATE_CONFLICT')
  approve(
    @CurrentActor() actor: Actor,
    @Param('id', new UuidPipe()) id: string,
    @Body() body: ApproveReviewDto,
  ): Promise<ReviewDto> {
    return this.reviews.approve(actor, id, body.comment);
  }

  @Post(':id/return')
  @HttpCode(200)
  @Allow('organizer')
  @ApiOperation({ summary: 'Return to the staff with a comment' })
  @ApiErrors('VALIDATION_FAILED', 'NOT_FOUND', 'REVIEW_NOT_PENDING', 'STATE_CONFLICT')
  return(
    @CurrentActor() actor: Actor,
    @Param('id', new UuidPipe()) id: string,
    @Body() body: ReturnReviewDto,
  ): Promise<ReviewDto> {
    return this.reviews.return(actor, id, body.comment);
  }
}
