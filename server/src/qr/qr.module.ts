import { Module } from '@nestjs/common';
import { QrController, ScanLinkController } from './qr.controller';
import { QrService } from './qr.service';

@Module({
  controllers: [QrController, ScanLinkController],
  providers: [QrService],
  exports: [QrService],
})
export class QrModule {}
