import { Controller, Get, Res } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Allow } from '../auth/auth.decorators';
import { HealthService } from './health.service';

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

  /** 200 when this process can take check-ins, 503 when traffic should go elsewhere. */
  @Get('ready')
  @ApiOperation({ summary: 'Readiness: the database and the check-in writer' })
  @ApiResponse({ status: 503, description: 'Not ready: the body says which part' })
  async ready(@Res() reply: FastifyReply): Promise<void> {
    const body = await this.health.readiness();
    await reply
      .status(body.status === 'ready' ? 200 : 503)
      .header('Cache-Control', 'no-store')
      .send(body);
  }
}
