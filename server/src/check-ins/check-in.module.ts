import { Module } from '@nestjs/common';
import { CheckInController } from './check-in.controller';
import { CheckInService } from './check-in.service';
import { CheckInWriter } from './check-in.writer';
import { IdempotencySweeper } from './idempotency.sweeper';

@Module({
  controllers: [CheckInController],
  providers: [CheckInService, CheckInWriter, IdempotencySweeper],
})
export class CheckInModule {}
