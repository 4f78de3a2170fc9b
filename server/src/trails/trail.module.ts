import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { Account } from '../auth/account.entity';
import { CatalogModule } from '../catalog/catalog.module';
import { Review } from '../reviews/review.entity';
import { ReviewModule } from '../reviews/review.module';
import { TrailAdminController } from './trail-admin.controller';
import { TrailAdminService } from './trail-admin.service';
import { TrailConsent } from './trail-consent.entity';
import { TrailProposalService } from './trail-proposal.service';
import { TrailStop } from './trail-stop.entity';
import { TrailController } from './trail.controller';
import { Trail } from './trail.entity';
import { TrailService } from './trail.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([Trail, TrailStop, TrailConsent, Review, Account]),
    CatalogModule,
    AuditModule,
    ReviewModule,
  ],
  controllers: [TrailController, TrailAdminController],
  providers: [TrailService, TrailAdminService, TrailProposalService],
})
export class TrailModule {}
