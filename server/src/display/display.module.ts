import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { Account } from '../auth/account.entity';
import { CatalogModule } from '../catalog/catalog.module';
import { QrModule } from '../qr/qr.module';
import { RateLimitModule } from '../rate-limits/rate-limit.module';
import { Checkpoint } from '../venues/checkpoint.entity';
import { DisplayLink } from './display-link.entity';
import { DisplayController, DisplayLinkRedirectController } from './display.controller';
import { DisplayService } from './display.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([DisplayLink, Checkpoint, Account]),
    AuditModule,
    CatalogModule,
    QrModule,
    RateLimitModule,
  ],
  controllers: [DisplayController, DisplayLinkRedirectController],
  providers: [DisplayService],
})
export class DisplayModule {}
