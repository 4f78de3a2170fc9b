import { Module } from '@nestjs/common';
import { StaffController } from './staff.controller';
import { VenueController } from './venue.controller';
import { VenueService } from './venue.service';

@Module({
  controllers: [VenueController, StaffController],
  providers: [VenueService],
})
export class VenueModule {}
