import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { ApiBody, ApiHeader, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CHECK_IN_ERROR_CODES } from '@xinghuo/shared';
import type { FastifyReply } from 'fastify';
import { ApiErrors } from '../common/openapi';
import { Allow, CurrentPrincipal } from '../auth/auth.decorators';
import type { Principal } from '../auth/token.service';
import { CheckInDto, parseCheckInRequest } from './check-in.dto';
import { CheckInService } from './check-in.service';

@ApiTags('check-ins')
@Controller('check-ins')
export class CheckInController {
  constructor(private readonly checkIns: CheckInService) {}

  @Post()
  @ApiOperation({ summary: 'Check in at a checkpoint with a scanned code' })
  @ApiErrors(
    'VALIDATION_FAILED',
    'MALFORMED_JSON',
    'RATE_LIMITED',
    'SERVICE_UNAVAILABLE',
    ...CHECK_IN_ERROR_CODES,
  )
  @Allow('visitor')
  @ApiHeader({
    name: 'Idempotency-Key',
    required: true,
    description: '8–64 chars; a retry with the same key returns the first response',
  })
  @ApiBody({ type: CheckInDto })
  @ApiResponse({ status: 201, description: 'A new stamp, the science card and trail progress' })
  @ApiResponse({ status: 200, description: 'Repeat scan: the existing stamp' })
  async create(
    @CurrentPrincipal() principal: Principal,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Body() body: unknown,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    // Rejections are stored answers too (replayed for the same key), so they are sent, not thrown.
    const request = parseCheckInRequest(body);
    const outcome = await this.checkIns.checkIn(principal.id, idempotencyKey, request);
    if (outcome.retryAfter !== undefined) reply.header('Retry-After', String(outcome.retryAfter));
    await reply
      .status(outcome.statusCode)
      .header('Cache-Control', 'no-store')
      .type('application/json; charset=utf-8')
      .send(outcome.json);
  }
}
