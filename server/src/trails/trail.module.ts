import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog/catalog.module';
import { TrailController } from './trail.controller';
import { TrailService } from './trail.service';

@Module({ imports: [CatalogModule], controllers: [TrailController], providers: [TrailService] })
export class TrailModule {}
