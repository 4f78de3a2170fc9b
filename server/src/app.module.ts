import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountModule } from './accounts/account.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { CampaignModule } from './campaigns/campaign.module';
import { CatalogModule } from './catalog/catalog.module';
import { CheckInModule } from './check-ins/check-in.module';
import type { Clock } from './common/clock';
import type { AppConfig } from './config/config';
import { ConfigModule } from './config/config.module';
import { dataSourceOptions } from './database/data-source';
import { DisplayModule } from './display/display.module';
import { HealthModule } from './health/health.module';
import { PosterModule } from './posters/poster.module';
import { ExportsModule } from './exports/exports.module';
import { LearningModule } from './learning/learning.module';
import { QrModule } from './qr/qr.module';
import { ReviewModule } from './reviews/review.module';
import { RegionModule } from './regions/region.module';
import { ReportsModule } from './reports/reports.module';
import { StatsModule } from './stats/stats.module';
import { TrailModule } from './trails/trail.module';
import { VenueModule } from './venues/venue.module';
import { VisitorModule } from './visitors/visitor.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string, clock?: Clock): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config, clock),
        TypeOrmModule.forRoot(dataSourceOptions(databaseUrl)),
        CatalogModule,
        AuthModule,
        HealthModule,
        RegionModule,
        CampaignModule,
        VenueModule,
        TrailModule,
        QrModule,
        CheckInModule,
        VisitorModule,
        AuditModule,
        ReviewModule,
        AccountModule,
        DisplayModule,
        PosterModule,
        StatsModule,
        LearningModule,
        ReportsModule,
        ExportsModule,
      ],
    };
  }
}
