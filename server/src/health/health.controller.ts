import { Controller, Get, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Allow } from '../auth/auth.decorators';
import { AppError, errorBody } from '../common/app-error';
import { ApiErrors } from '../common/openapi';
import { HealthService } from './health.service';

/** How soon a load balancer may ask again after a 503. */
const RETRY_AFTER_SECONDS = 5;

@ApiTags('health')
@Controller('health')
@Allow('public')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  /** Always 200 while the process serves HTTP: restart it only when this fails. */
  @Get()
  @ApiOperation({ summary: 'Liveness: the process answers' })
  async live(@Res() reply: FastifyReply): Promise<void> {
    await reply.header('Cache-Control', 'no-store').send(this.health.liveness());
  }

  /**
   * 200 with the parts' states when this process can take check-ins; else 503
   * SERVICE_UNAVAILABLE with the same states in `details`. Sent, not thrown: a load balancer
   * asks every few seconds, and a process that is not ready is not an error to log each time.
   */
  @Get('ready')
  @ApiOperation({ summary: 'Readiness: the database and the check-in writer' })
  @ApiErrors('SERVICE_UNAVAILABLE')
  async ready(@Res() reply: FastifyReply): Promise<void> {
    const state = await this.health.readiness();
    reply.header('Cache-Control', 'no-store');
    if (state.status === 'ready') {
      await reply.send(state);
      return;
    }
    const error = new AppError('SERVICE_UNAVAILABLE', '服务暂未就绪，请稍后再试', {
      details: { ...state },
    });
    await reply
      .status(503)
      .header('Retry-After', String(RETRY_AFTER_SECONDS))
      .send(errorBody(error));
  }
}
