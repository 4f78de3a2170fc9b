import { applyDecorators, Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { type Actor, CurrentActor } from '../auth/actor';
import { Allow } from '../auth/auth.decorators';
import { asDownload } from '../common/download';
import { ApiErrors } from '../common/openapi';
import { UuidPipe } from '../common/uuid.pipe';
import { PosterQueryDto } from './poster.dto';
import { type PosterFile, PosterService } from './poster.service';

async function send(reply: FastifyReply, file: PosterFile): Promise<void> {
  await asDownload(reply, file.fileName, 'poster.pdf', 'application/pdf').send(file.pdf);
}

/** Both poster routes answer a PDF; their errors stay JSON. */
function PosterRoute(summary: string): MethodDecorator {
  return applyDecorators(
    ApiOperation({ summary }),
    ApiOkResponse({
      description: 'The poster PDF (attachment)',
      content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
    }),
    ApiErrors(
      'VALIDATION_FAILED',
      'NOT_FOUND',
      'STATE_CONFLICT',
      'WECHAT_UNAVAILABLE',
      'WECHAT_RATE_LIMITED',
    ),
  );
}

@ApiTags('posters')
@Controller()
@Allow('staff', 'organizer')
export class PosterController {
  constructor(private readonly posters: PosterService) {}

  @Get('checkpoints/:id/poster.pdf')
  @PosterRoute("A checkpoint's printable poster (A4 or A5; QR or mini-program code)")
  async checkpoint(
    @CurrentActor() actor: Actor,
    @Param('id', new UuidPipe()) id: string,
    @Query() query: PosterQueryDto,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await send(reply, await this.posters.checkpoint(actor, id, query));
  }

  @Get('venues/:id/posters.pdf')
  @PosterRoute("Every printed-code checkpoint's poster of a venue, one per page")
  async venue(
    @CurrentActor() actor: Actor,
    @Param('id', new UuidPipe()) id: string,
    @Query() query: PosterQueryDto,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await send(reply, await this.posters.venue(actor, id, query));
  }
}
