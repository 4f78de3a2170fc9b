import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog/catalog.module';
import { RegionController } from './region.controller';

@Module({ imports: [CatalogModule], controllers: [RegionController] })
export class RegionModule {}
