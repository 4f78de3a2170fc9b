import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { CatalogModule } from '../catalog/catalog.module';
import { RateLimitModule } from '../rate-limits/rate-limit.module';
import { Visitor } from '../visitors/visitor.entity';
import { AccountSessions } from './account-sessions';
import { Account } from './account.entity';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { HashGate } from './hash-gate';
import { TokenService } from './token.service';
import { WechatClient } from './wechat.client';

/** Sign-in, tokens and the app-wide guard (`APP_GUARD` applies it to every route). */
@Module({
  imports: [
    TypeOrmModule.forFeature([Visitor, Account]),
    RateLimitModule,
    AuditModule,
    CatalogModule,
  ],
  controllers: [AuthController],
  providers: [
    AuthService,
    TokenService,
    WechatClient,
    HashGate,
    AccountSessions,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [TokenService, AccountSessions],
})
export class AuthModule {}
