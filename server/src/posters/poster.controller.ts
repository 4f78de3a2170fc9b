import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { type Actor, CurrentActor } from '../auth/actor';
import { Allow } from '../auth/auth.decorators';
import { ApiErrors } from '../common/openapi';
import { UuidPipe } from '../common/uuid.pipe';
import { PosterQueryDto } from './poster.dto';
import { type PosterFile, PosterService } from './poster.service';

async function send(reply: FastifyReply, file: PosterFile): Promise<void> {
  await reply
    .type('application/pdf')
    .header('Cache-Control', 'no-store')
    .header(
      'Content-Disposition',
      `attachment; filename="poster.pdf"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    )
    .send(file.pdf);
}

/** Error answers stay JSON; only the success is a PDF. */
const PDF = {
  description: 'The poster PDF (attachment)',
  content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
};

@ApiTags('posters')
@Controller()
@Allow('staff', 'organizer')
export class PosterController {
  constructor(private readonly posters: PosterService) {}

  @Get('checkpoints/:id/poster.pdf')
  @ApiOperation({ summary: "A checkpoint's printable poster (A4 or A5; QR or mini-program code)" })
  @ApiOkResponse(PDF)
  @ApiErrors(
    'VALIDATION_FAILED',
    'NOT_FOUND',
    'STATE_CONFLICT',
    'WECHAT_UNAVAILABLE',
    'WECHAT_RATE_LIMITED',
  )
  async checkpoint(
    @CurrentActor() actor: Actor,
    @Param('id', new UuidPipe()) id: string,
    @Query() query: PosterQueryDto,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await send(reply, await this.posters.checkpoint(actor, id, query));
  }

  @Get('venues/:id/posters.pdf')
  @ApiOperation({ summary: "Every printed-code checkpoint's poster of a venue, one per page" })
  @ApiOkResponse(PDF)
  @ApiErrors(
    'VALIDATION_FAILED',
    'NOT_FOUND',
    'STATE_CONFLICT',
    'WECHAT_UNAVAILABLE',
    'WECHAT_RATE_LIMITED',
  )
  async venue(
    @CurrentActor() actor: Actor,
    @Param('id', new UuidPipe()) id: string,
    @Query() query: PosterQueryDto,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await send(reply, await this.posters.venue(actor, id, query));
  }
}
