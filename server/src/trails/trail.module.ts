import { Module } from '@nestjs/common';
import { TrailController } from './trail.controller';
import { TrailService } from './trail.service';

@Module({ controllers: [TrailController], providers: [TrailService] })
export class TrailModule {}
