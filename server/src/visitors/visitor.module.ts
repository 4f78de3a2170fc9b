import { Module } from '@nestjs/common';
import { MeController } from './me.controller';
import { VisitorService } from './visitor.service';

@Module({ controllers: [MeController], providers: [VisitorService] })
export class VisitorModule {}
