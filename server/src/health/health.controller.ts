import { Controller, Get, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { HealthResponse } from '@xinghuo/shared';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { Allow } from '../auth/auth.decorators';

@ApiTags('health')
@Controller('health')
@Allow('public')
export class HealthController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** 200 when the database answers, 503 when it does not. */
  @Get()
  @ApiOperation({ summary: 'Liveness and database health' })
  async health(@Res() reply: FastifyReply): Promise<void> {
    let database: HealthResponse['database'] = 'up';
    try {
      await this.db.query('SELECT 1');
    } catch {
      database = 'down';
    }
    const body: HealthResponse = {
      status: database === 'up' ? 'ok' : 'degraded',
      database,
      version: process.env.npm_package_version ?? '0.1.0',
      time: new Date().toISOString(),
    };
    await reply
      .status(database === 'up' ? 200 : 503)
      .header('Cache-Control', 'no-store')
      .send(body);
  }
}
