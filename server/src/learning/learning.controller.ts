import { Body, Controller, Param, Post, Res } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { AnswerResponse } from '@xinghuo/shared';
import type { FastifyReply } from 'fastify';
import { Allow, CurrentPrincipal } from '../auth/auth.decorators';
import type { Principal } from '../auth/token.service';
import { ApiErrors } from '../common/openapi';
import { AnswerDto } from './learning.dto';
import { LearningService } from './learning.service';

@ApiTags('learning')
@Controller('check-ins')
export class LearningController {
  constructor(private readonly learning: LearningService) {}

  @Post(':id/answer')
  @Allow('visitor')
  @ApiOperation({ summary: "Answer the question of one of the caller's stamps; judged once" })
  @ApiErrors('VALIDATION_FAILED', 'MALFORMED_JSON', 'NOT_FOUND', 'NO_QUESTION', 'RATE_LIMITED')
  @ApiResponse({ status: 201, description: 'The first answer, judged' })
  @ApiResponse({ status: 200, description: 'Answered before: the first judgement again' })
  async answer(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Body() body: AnswerDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AnswerResponse> {
    const judged = await this.learning.answer(principal.id, id, body.choice);
    void reply.status(judged.status).header('Cache-Control', 'no-store');
    return judged.body;
  }
}
