import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AdminTrailDto, Page } from '@xinghuo/shared';
import { type Actor, CurrentActor } from '../auth/actor';
import { Allow } from '../auth/auth.decorators';
import { PostAction } from '../common/action';
import { ApiErrors } from '../common/openapi';
import { UuidPipe } from '../common/uuid.pipe';
import {
  AdminTrailQueryDto,
  ProposeTrailDto,
  TrailActionDto,
  TrailConsentDto,
  UpdateTrailProposalDto,
} from './trail-admin.dto';
import { TrailAdminService } from './trail-admin.service';
import { TrailProposalService } from './trail-proposal.service';

const id = () => new UuidPipe();

@ApiTags('trail admin')
@Controller()
export class TrailAdminController {
  constructor(
    private readonly trails: TrailAdminService,
    private readonly proposals: TrailProposalService,
  ) {}

  @Get('admin/trails')
  @Allow('staff', 'organizer')
  @ApiOperation({ summary: 'Trails being designed, in review or live, in the caller’s scope' })
  @ApiErrors('VALIDATION_FAILED')
  list(
    @CurrentActor() actor: Actor,
    @Query() query: AdminTrailQueryDto,
  ): Promise<Page<AdminTrailDto>> {
    return this.trails.list(actor, query);
  }

  @Get('admin/trails/:id')
  @Allow('staff', 'organizer')
  @ApiOperation({ summary: 'One trail with its stops, consents and review state' })
  @ApiErrors('VALIDATION_FAILED', 'NOT_FOUND')
  detail(@CurrentActor() actor: Actor, @Param('id', id()) trailId: string): Promise<AdminTrailDto> {
    return this.trails.detail(actor, trailId);
  }

  @Post('trails/proposals')
  @Allow('staff')
  @ApiOperation({ summary: 'Propose a trail; stops may be checkpoints of other venues' })
  @ApiErrors('VALIDATION_FAILED')
  propose(@CurrentActor() actor: Actor, @Body() body: ProposeTrailDto): Promise<AdminTrailDto> {
    return this.proposals.propose(actor, body);
  }

  @Patch('trails/:id/proposal')
  @Allow('staff')
  @ApiOperation({ summary: 'Change a proposal (the other venues are asked again)' })
  @ApiErrors('VALIDATION_FAILED', 'NOT_FOUND', 'VERSION_CONFLICT', 'STATE_CONFLICT')
  update(
    @CurrentActor() actor: Actor,
    @Param('id', id()) trailId: string,
    @Body() body: UpdateTrailProposalDto,
  ): Promise<AdminTrailDto> {
    return this.proposals.update(actor, trailId, body);
  }

  @PostAction('trails/:id/consent', 'Accept or decline being part of a trail')
  @Allow('staff')
  @ApiErrors('VALIDATION_FAILED', 'NOT_FOUND', 'STATE_CONFLICT')
  consent(
    @CurrentActor() actor: Actor,
    @Param('id', id()) trailId: string,
    @Body() body: TrailConsentDto,
  ): Promise<AdminTrailDto> {
    return this.proposals.consent(actor, trailId, body);
  }

  @PostAction('trails/:id/submit', 'Submit for review once every venue has accepted')
  @Allow('staff')
  @ApiErrors(
    'VALIDATION_FAILED',
    'NOT_FOUND',
    'VERSION_CONFLICT',
    'STATE_CONFLICT',
    'TRAIL_NOT_READY',
  )
  submit(
    @CurrentActor() actor: Actor,
    @Param('id', id()) trailId: string,
    @Body() body: TrailActionDto,
  ): Promise<AdminTrailDto> {
    return this.proposals.submit(actor, trailId, body);
  }

  @PostAction('trails/:id/publish', 'Put an unpublished (approved, unchanged) trail back up')
  @Allow('organizer')
  @ApiErrors('VALIDATION_FAILED', 'NOT_FOUND', 'VERSION_CONFLICT', 'STATE_CONFLICT')
  publish(
    @CurrentActor() actor: Actor,
    @Param('id', id()) trailId: string,
    @Body() body: TrailActionDto,
  ): Promise<AdminTrailDto> {
    return this.proposals.setPublished(actor, trailId, body, true);
  }

  @PostAction('trails/:id/unpublish', 'Take a published trail down: visitors no longer see it')
  @Allow('organizer')
  @ApiErrors('VALIDATION_FAILED', 'NOT_FOUND', 'VERSION_CONFLICT', 'STATE_CONFLICT')
  unpublish(
    @CurrentActor() actor: Actor,
    @Param('id', id()) trailId: string,
    @Body() body: TrailActionDto,
  ): Promise<AdminTrailDto> {
    return this.proposals.setPublished(actor, trailId, body, false);
  }
}
