import { ApiProperty } from '@nestjs/swagger';
import type { AnswerRequest } from '@xinghuo/shared';
import { IsInt, Max, Min } from 'class-validator';

export class AnswerDto implements AnswerRequest {
  @ApiProperty({ description: '0-based index of the chosen option', minimum: 0, example: 1 })
  @IsInt({ message: 'choice must be an integer' })
  @Min(0)
  @Max(25)
  choice: number;
}
