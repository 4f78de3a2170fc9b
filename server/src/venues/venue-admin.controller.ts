import { Body, Controller, Get, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type {
  AdminCheckpointDto,
  AdminVenueDto,
  AdminVenueSummary,
  CheckpointWriteResponse,
  CreateVenueResponse,
  ListResponse,
  Page,
  UpdateVenueResponse,
} from '@xinghuo/shared';
import { type Actor, CurrentActor } from '../auth/actor';
import { Allow } from '../auth/auth.decorators';
import { PostAction } from '../common/action';
import { ApiErrors } from '../common/openapi';
import { UuidPipe } from '../common/uuid.pipe';
import {
  CreateCheckpointDto,
  ReorderCheckpointsDto,
  RevokeCodesDto,
  UpdateCheckpointDto,
} from './checkpoint-admin.dto';
import { CheckpointAdminService } from './checkpoint-admin.service';
import {
  AdminVenueQueryDto,
  CreateVenueDto,
  UpdateVenueDto,
  VenueStatusDto,
} from './venue-admin.dto';
import { VenueAdminService } from './venue-admin.service';
import { VenueLifecycleService } from './venue-lifecycle.service';

const id = () => new UuidPipe();

/** Staff edit their own venue; organizers every venue of their subtree. */
@ApiTags('venue admin')
@Controller()
export class VenueAdminController {
  constructor(
    private readonly venues: VenueAdminService,
    private readonly lifecycle: VenueLifecycleService,
    private readonly checkpoints: CheckpointAdminService,
  ) {}

  @Get('admin/venues')
  @Allow('staff', 'organizer')
  @ApiOperation({ summary: 'Venues in scope with their state (search, filter, pages)' })
  @ApiErrors('VALIDATION_FAILED', 'REGION_UNKNOWN')
  list(
    @CurrentActor() actor: Actor,
    @Query() query: AdminVenueQueryDto,
  ): Promise<Page<AdminVenueSummary>> {
    return this.venues.list(actor, query);
  }

  @Get('admin/venues/:id')
  @Allow('staff', 'organizer')
  @ApiOperation({
    summary: 'A venue as its editors see it: published and pending text, settings, version',
  })
  @ApiErrors('VALIDATION_FAILED', 'NOT_FOUND')
  detail(@CurrentActor() actor: Actor, @Param('id', id()) venueId: string): Promise<AdminVenueDto> {
    return this.venues.detail(actor, venueId);
  }

  @Patch('venues/:id')
  @Allow('staff', 'organizer')
  @ApiOperation({ summary: 'Edit a venue: public text goes to review, settings apply at once' })
  @ApiErrors(
    'VALIDATION_FAILED',
    'NOT_FOUND',
    'VERSION_CONFLICT',
    'FIELD_NOT_ALLOWED',
    'LOCATION_OUTSIDE_CHINA',
    'OPENING_HOURS_INVALID',
    'REGION_UNKNOWN',
    'STATE_CONFLICT',
    'PAYLOAD_TOO_LARGE',
  )
  update(
    @CurrentActor() actor: Actor,
    @Param('id', id()) venueId: string,
    @Body() body: UpdateVenueDto,
  ): Promise<UpdateVenueResponse> {
    return this.venues.update(actor, venueId, body);
  }

  @Post('venues')
  @Allow('organizer')
  @ApiOperation({ summary: 'Create a venue in the subtree with its first staff account' })
  @ApiErrors('VALIDATION_FAILED', 'REGION_UNKNOWN', 'LOCATION_OUTSIDE_CHINA', 'USERNAME_TAKEN')
  create(@CurrentActor() actor: Actor, @Body() body: CreateVenueDto): Promise<CreateVenueResponse> {
    return this.lifecycle.create(actor, body);
  }

  @PostAction('venues/:id/publish', 'Open a venue to visitors')
  @Allow('organizer')
  @ApiErrors('VALIDATION_FAILED', 'NOT_FOUND', 'VERSION_CONFLICT', 'STATE_CONFLICT')
  publish(
    @CurrentActor() actor: Actor,
    @Param('id', id()) venueId: string,
    @Body() body: VenueStatusDto,
  ): Promise<AdminVenueDto> {
    return this.lifecycle.setStatus(actor, venueId, 'publish', body);
  }

  @PostAction('venues/:id/close', 'Close a venue: its checkpoints stop accepting check-ins')
  @Allow('organizer')
  @ApiErrors('VALIDATION_FAILED', 'NOT_FOUND', 'VERSION_CONFLICT', 'STATE_CONFLICT')
  close(
    @CurrentActor() actor: Actor,
    @Param('id', id()) venueId: string,
    @Body() body: VenueStatusDto,
  ): Promise<AdminVenueDto> {
    return this.lifecycle.setStatus(actor, venueId, 'close', body);
  }

  @Get('admin/venues/:id/checkpoints')
  @Allow('staff', 'organizer')
  @ApiOperation({ summary: "A venue's checkpoints with versions, text and review state" })
  @ApiErrors('VALIDATION_FAILED', 'NOT_FOUND')
  async checkpointList(
    @CurrentActor() actor: Actor,
    @Param('id', id()) venueId: string,
  ): Promise<ListResponse<AdminCheckpointDto>> {
    return { items: await this.checkpoints.list(actor, venueId) };
  }

  @Post('venues/:id/checkpoints')
  @Allow('staff', 'organizer')
  @ApiOperation({ summary: 'Add a checkpoint; it goes live when its text is approved' })
  @ApiErrors('VALIDATION_FAILED', 'NOT_FOUND', 'ANSWER_NOT_AMONG_OPTIONS')
  addCheckpoint(
    @CurrentActor() actor: Actor,
    @Param('id', id()) venueId: string,
    @Body() body: CreateCheckpointDto,
  ): Promise<CheckpointWriteResponse> {
    return this.checkpoints.create(actor, venueId, body);
  }

  @Put('venues/:id/checkpoints/order')
  @Allow('staff', 'organizer')
  @ApiOperation({ summary: "Reorder a venue's checkpoints (all of them, with versions)" })
  @ApiErrors('VALIDATION_FAILED', 'NOT_FOUND', 'VERSION_CONFLICT')
  async reorder(
    @CurrentActor() actor: Actor,
    @Param('id', id()) venueId: string,
    @Body() body: ReorderCheckpointsDto,
  ): Promise<ListResponse<AdminCheckpointDto>> {
    return { items: await this.checkpoints.reorder(actor, venueId, body) };
  }

  @Patch('checkpoints/:id')
  @Allow('staff', 'organizer')
  @ApiOperation({
    summary: 'Edit a checkpoint: name and card go to review; on/off and code mode at once',
  })
  @ApiErrors('VALIDATION_FAILED', 'NOT_FOUND', 'VERSION_CONFLICT', 'ANSWER_NOT_AMONG_OPTIONS')
  updateCheckpoint(
    @CurrentActor() actor: Actor,
    @Param('id', id()) checkpointId: string,
    @Body() body: UpdateCheckpointDto,
  ): Promise<CheckpointWriteResponse> {
    return this.checkpoints.update(actor, checkpointId, body);
  }

  @PostAction(
    'checkpoints/:id/revoke-codes',
    'Revoke every printed code of a checkpoint (needs confirm: true)',
  )
  @Allow('staff', 'organizer')
  @ApiErrors('VALIDATION_FAILED', 'NOT_FOUND', 'VERSION_CONFLICT', 'CONFIRMATION_REQUIRED')
  revokeCodes(
    @CurrentActor() actor: Actor,
    @Param('id', id()) checkpointId: string,
    @Body() body: RevokeCodesDto,
  ): Promise<AdminCheckpointDto> {
    return this.checkpoints.revokeCodes(actor, checkpointId, body);
  }
}
