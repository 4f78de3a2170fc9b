import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog/catalog.module';
import { StaffController } from './staff.controller';
import { VenueController } from './venue.controller';
import { VenueService } from './venue.service';

@Module({
  imports: [CatalogModule],
  controllers: [VenueController, StaffController],
  providers: [VenueService],
})
export class VenueModule {}
