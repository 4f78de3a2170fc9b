import { Body, Controller, Get, Param, Post, Res } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import {
  CONTENT_LIMITS,
  type CreateDisplayLinkRequest,
  type CreateDisplayLinkResponse,
  DISPLAY_PAGE_PATH,
  type DisplayCodeResponse,
  type DisplayLinkDto,
  type ListResponse,
} from '@xinghuo/shared';
import type { FastifyReply } from 'fastify';
import { type Actor, CurrentActor } from '../auth/actor';
import { Allow } from '../auth/auth.decorators';
import { PostAction } from '../common/action';
import { ApiErrors } from '../common/openapi';
import { TextProperty } from '../common/text-property';
import { UuidPipe } from '../common/uuid.pipe';
import { DISPLAY_TOKEN_PATTERN, DisplayService } from './display.service';

export class CreateDisplayLinkDto implements CreateDisplayLinkRequest {
  @TextProperty(CONTENT_LIMITS.label, { example: '一楼大屏' })
  label: string;
}

@ApiTags('display')
@Controller()
export class DisplayController {
  constructor(private readonly display: DisplayService) {}

  @Get('checkpoints/:id/display-links')
  @Allow('staff', 'organizer')
  @ApiOperation({ summary: "A checkpoint's display links (revoked ones included)" })
  @ApiErrors('VALIDATION_FAILED', 'NOT_FOUND')
  async list(
    @CurrentActor() actor: Actor,
    @Param('id', new UuidPipe()) id: string,
  ): Promise<ListResponse<DisplayLinkDto>> {
    return { items: await this.display.list(actor, id) };
  }

  @Post('checkpoints/:id/display-links')
  @Allow('staff')
  @ApiOperation({
    summary: 'A display link for a screen beside a rotating checkpoint (secret shown once)',
  })
  @ApiErrors('VALIDATION_FAILED', 'NOT_FOUND', 'CHECKPOINT_NOT_ROTATING')
  create(
    @CurrentActor() actor: Actor,
    @Param('id', new UuidPipe()) id: string,
    @Body() body: CreateDisplayLinkDto,
  ): Promise<CreateDisplayLinkResponse> {
    return this.display.create(actor, id, body.label);
  }

  @PostAction(
    'display-links/:id/revoke',
    'Revoke a display link: the screen stops at its next refresh',
  )
  @Allow('staff', 'organizer')
  @ApiErrors('VALIDATION_FAILED', 'NOT_FOUND')
  revoke(
    @CurrentActor() actor: Actor,
    @Param('id', new UuidPipe()) id: string,
  ): Promise<DisplayLinkDto> {
    return this.display.revoke(actor, id);
  }

  @Get('display/:token')
  @Allow('public')
  @ApiOperation({ summary: 'The current and next code of the one checkpoint a display link names' })
  @ApiErrors('NOT_FOUND', 'DISPLAY_LINK_REVOKED', 'CHECKPOINT_NOT_ROTATING', 'RATE_LIMITED')
  async code(
    @Param('token') token: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<DisplayCodeResponse> {
    void reply.header('Cache-Control', 'no-store');
    return this.display.code(token);
  }
}

/** Outside /api: the link a screen opens, redirecting to the full-screen page. */
@ApiTags('display')
@Controller('d')
@Allow('public')
export class DisplayLinkRedirectController {
  @Get(':token')
  @ApiOperation({ summary: 'The display link: redirects to the full-screen code page' })
  @ApiResponse({ status: 302, description: 'To the full-screen code page with the token' })
  open(@Param('token') token: string, @Res() reply: FastifyReply): void {
    const safe = DISPLAY_TOKEN_PATTERN.test(token) ? token : '';
    void reply.redirect(`${DISPLAY_PAGE_PATH}?token=${safe}`, 302);
  }
}
