import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog/catalog.module';
import { StatsController } from './stats.controller';
import { StatsFolder } from './stats.folder';
import { StatsQueries } from './stats.queries';
import { StatsService } from './stats.service';
import { TrailStatsService } from './trail-stats.service';

@Module({
  imports: [CatalogModule],
  controllers: [StatsController],
  providers: [StatsFolder, StatsQueries, StatsService, TrailStatsService],
  exports: [StatsFolder, StatsService, TrailStatsService, StatsQueries],
})
export class StatsModule {}
