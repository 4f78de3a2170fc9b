import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Campaign } from '../campaigns/campaign.entity';
import { Region } from '../regions/region.entity';
import { TrailStop } from '../trails/trail-stop.entity';
import { Trail } from '../trails/trail.entity';
import { Checkpoint } from '../venues/checkpoint.entity';
import { Venue } from '../venues/venue.entity';
import { CatalogListener } from './catalog-listener';
import { CatalogService } from './catalog.service';

@Module({
  imports: [TypeOrmModule.forFeature([Region, Venue, Checkpoint, Campaign, Trail, TrailStop])],
  providers: [CatalogService, CatalogListener],
  exports: [CatalogService],
})
export class CatalogModule {}
