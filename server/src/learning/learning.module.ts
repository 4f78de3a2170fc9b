import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog/catalog.module';
import { RateLimitModule } from '../rate-limits/rate-limit.module';
import { LearningController } from './learning.controller';
import { LearningService } from './learning.service';

@Module({
  imports: [CatalogModule, RateLimitModule],
  controllers: [LearningController],
  providers: [LearningService],
})
export class LearningModule {}
