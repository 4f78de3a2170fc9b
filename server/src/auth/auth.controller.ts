import { Body, Controller, Get, Headers, Ip } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { MeResponse, SessionResponse } from '@xinghuo/shared';
import { PostAction } from '../common/action';
import { ApiErrors } from '../common/openapi';
import { type Actor, CurrentActor } from './actor';
import { Allow, OpenToPasswordChange } from './auth.decorators';
import { ChangePasswordDto, LoginDto, WechatLoginDto } from './auth.dto';
import { AuthService } from './auth.service';

@ApiTags('auth')
@Controller('auth')
@Allow('public')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  /** Mini-program visitors: exchanges a wx.login() code for a token. */
  @PostAction('wechat', 'Sign a mini-program visitor in with a wx.login() code')
  @ApiErrors(
    'VALIDATION_FAILED',
    'RATE_LIMITED',
    'WECHAT_CODE_INVALID',
    'WECHAT_RATE_LIMITED',
    'WECHAT_UNAVAILABLE',
  )
  wechat(@Body() body: WechatLoginDto, @Ip() clientAddress: string): Promise<SessionResponse> {
    return this.auth.wechat(body.code, clientAddress);
  }

  /** H5 visitors outside WeChat: a token bound to a new anonymous visitor, no sign-up. */
  @PostAction('guest', 'Start an anonymous H5 visitor session')
  @ApiErrors('RATE_LIMITED')
  guest(@Ip() clientAddress: string): Promise<SessionResponse> {
    return this.auth.guest(clientAddress);
  }

  /** Visitors keep their passport: a token past half its life is traded for a fresh one. */
  @PostAction(
    'refresh',
    'Renew a visitor token past half its life (a younger token is answered as is)',
  )
  @Allow('visitor')
  refresh(@Headers('authorization') authorization: string): Promise<SessionResponse> {
    // The guard has verified this header already.
    return this.auth.refresh(authorization.slice(7).trim());
  }

  /** Staff and organizers. */
  @PostAction('login', 'Sign staff or an organizer in with username and password')
  @ApiErrors('VALIDATION_FAILED', 'INVALID_CREDENTIALS', 'RATE_LIMITED', 'AUTH_BUSY')
  login(@Body() body: LoginDto, @Ip() clientAddress: string): Promise<SessionResponse> {
    return this.auth.login(body.username, body.password, clientAddress);
  }

  /** Also the way out of a must-change-password session; answers with a fresh token. */
  @PostAction('password', 'Change the own password (ends the other sessions)')
  @Allow('staff', 'organizer')
  @OpenToPasswordChange()
  @ApiErrors(
    'VALIDATION_FAILED',
    'PASSWORD_INCORRECT',
    'PASSWORD_TOO_WEAK',
    'RATE_LIMITED',
    'AUTH_BUSY',
  )
  changePassword(
    @CurrentActor() actor: Actor,
    @Body() body: ChangePasswordDto,
  ): Promise<SessionResponse> {
    return this.auth.changePassword(actor, body.currentPassword, body.newPassword);
  }

  @Get('me')
  @Allow('staff', 'organizer')
  @OpenToPasswordChange()
  @ApiOperation({ summary: 'Who is signed in, with venue and region names' })
  me(@CurrentActor() actor: Actor): Promise<MeResponse> {
    return this.auth.me(actor);
  }
}
