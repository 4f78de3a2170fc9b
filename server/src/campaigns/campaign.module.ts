import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog/catalog.module';
import { CampaignController } from './campaign.controller';

@Module({ imports: [CatalogModule], controllers: [CampaignController] })
export class CampaignModule {}
