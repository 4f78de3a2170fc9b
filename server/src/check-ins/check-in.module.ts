import { Module } from '@nestjs/common';
import { CheckInController } from './check-in.controller';
import { CheckInService } from './check-in.service';
import { CheckInWriter } from './check-in.writer';

@Module({
  controllers: [CheckInController],
  providers: [CheckInService, CheckInWriter],
})
export class CheckInModule {}
