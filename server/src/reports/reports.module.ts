import { Module } from '@nestjs/common';
import { StatsModule } from '../stats/stats.module';
import { ReportDataService } from './report-data.service';
import { ReportsController } from './reports.controller';

@Module({
  imports: [StatsModule],
  controllers: [ReportsController],
  providers: [ReportDataService],
  exports: [ReportDataService],
})
export class ReportsModule {}
