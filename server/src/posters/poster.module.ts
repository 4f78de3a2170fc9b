import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog/catalog.module';
import { QrModule } from '../qr/qr.module';
import { PosterController } from './poster.controller';
import { PosterService } from './poster.service';
import { WxacodeClient } from './wxacode.client';

@Module({
  imports: [CatalogModule, QrModule],
  controllers: [PosterController],
  providers: [PosterService, WxacodeClient],
})
export class PosterModule {}
