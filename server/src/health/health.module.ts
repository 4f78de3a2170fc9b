import { Module } from '@nestjs/common';
import { CheckInModule } from '../check-ins/check-in.module';
import { HealthController } from './health.controller';
import { HealthService } from './health.service';

@Module({ imports: [CheckInModule], controllers: [HealthController], providers: [HealthService] })
export class HealthModule {}
