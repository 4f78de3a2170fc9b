import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog/catalog.module';
import { QrModule } from '../qr/qr.module';
import { RateLimitModule } from '../rate-limits/rate-limit.module';
import { CheckInController } from './check-in.controller';
import { CheckInService } from './check-in.service';
import { CheckInSweeper } from './check-in.sweeper';
import { CheckInWriter } from './check-in.writer';

@Module({
  imports: [CatalogModule, QrModule, RateLimitModule],
  controllers: [CheckInController],
  providers: [CheckInService, CheckInWriter, CheckInSweeper],
  // Health reports the writer's state.
  exports: [CheckInWriter],
})
export class CheckInModule {}
