import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog/catalog.module';
import { H5Module } from '../common/h5.module';
import { QrController, ScanLinkController } from './qr.controller';
import { QrService } from './qr.service';

@Module({
  imports: [CatalogModule, H5Module],
  controllers: [QrController, ScanLinkController],
  providers: [QrService],
  exports: [QrService],
})
export class QrModule {}
