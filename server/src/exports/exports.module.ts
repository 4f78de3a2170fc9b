import { Module } from '@nestjs/common';
import { StatsModule } from '../stats/stats.module';
import { ExportsController } from './exports.controller';
import { ExportsService } from './exports.service';

@Module({
  imports: [StatsModule],
  controllers: [ExportsController],
  providers: [ExportsService],
})
export class ExportsModule {}
