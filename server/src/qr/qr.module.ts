import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog/catalog.module';
import { QrController, ScanLinkController } from './qr.controller';
import { QrService } from './qr.service';

@Module({
  imports: [CatalogModule],
  controllers: [QrController, ScanLinkController],
  providers: [QrService],
  exports: [QrService],
})
export class QrModule {}
