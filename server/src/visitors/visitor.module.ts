import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '../catalog/catalog.module';
import { CheckIn } from '../check-ins/check-in.entity';
import { StatsModule } from '../stats/stats.module';
import { TrailProgress } from '../stats/trail-progress.entity';
import { VenueVisit } from '../stats/venue-visit.entity';
import { MeController } from './me.controller';
import { VisitorService } from './visitor.service';
import { Visitor } from './visitor.entity';

@Module({
  imports: [
    CatalogModule,
    StatsModule,
    TypeOrmModule.forFeature([Visitor, CheckIn, TrailProgress, VenueVisit]),
  ],
  controllers: [MeController],
  providers: [VisitorService],
})
export class VisitorModule {}
