import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { CatalogModule } from '../catalog/catalog.module';
import { DisplayLink } from '../display/display-link.entity';
import { ReviewModule } from '../reviews/review.module';
import { CheckpointAdminService } from './checkpoint-admin.service';
import { Checkpoint } from './checkpoint.entity';
import { StaffController } from './staff.controller';
import { VenueAdminController } from './venue-admin.controller';
import { VenueAdminService } from './venue-admin.service';
import { VenueController } from './venue.controller';
import { VenueLifecycleService } from './venue-lifecycle.service';
import { Venue } from './venue.entity';
import { VenueService } from './venue.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([Venue, Checkpoint, DisplayLink]),
    CatalogModule,
    AuditModule,
    ReviewModule,
  ],
  controllers: [VenueController, StaffController, VenueAdminController],
  providers: [VenueService, VenueAdminService, VenueLifecycleService, CheckpointAdminService],
  exports: [VenueAdminService],
})
export class VenueModule {}
