import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog/catalog.module';
import { LearningController } from './learning.controller';
import { LearningService } from './learning.service';

@Module({
  imports: [CatalogModule],
  controllers: [LearningController],
  providers: [LearningService],
})
export class LearningModule {}
