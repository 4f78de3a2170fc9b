import { Inject, Injectable, Logger } from '@nestjs/common';
import { CLOCK, type Clock } from '../common/clock';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { AuthError } from './auth.errors';

interface Jscode2SessionAnswer {
  openid?: string;
  session_key?: string;
  unionid?: string;
  errcode?: number;
  errmsg?: string;
}

/** WeChat's jscode2session. Only the openid leaves this class; the session_key is dropped here. */
@Injectable()
export class WechatClient {
  private readonly logger = new Logger('WechatClient');
  /** After errcode 45011 the app's minute quota is spent: WeChat is not asked again before this. */
  private quotaSpentUntil = 0;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async openidFor(code: string): Promise<string> {
    const { appId, appSecret, apiBase } = this.config.wechat;
    if (!appId || !appSecret) {
      throw new AuthError('WECHAT_UNAVAILABLE', '服务器未配置微信登录，请使用网页版');
    }
    const now = this.clock.now();
    if (now < this.quotaSpentUntil) throw this.quotaSpent(now);
    const url = new URL('/sns/jscode2session', apiBase);
    url.search = new URLSearchParams({
      appid: appId,
      secret: appSecret,
      js_code: code,
      grant_type: 'authorization_code',
    }).toString();
    let answer: Jscode2SessionAnswer;
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
      answer = (await response.json()) as Jscode2SessionAnswer;
    } catch (error) {
      this.logger.warn(`jscode2session failed: ${(error as Error).message}`);
      throw new AuthError('WECHAT_UNAVAILABLE');
    }
    if (answer.errcode) {
      this.logger.warn(`jscode2session errcode ${answer.errcode}: ${answer.errmsg ?? ''}`);
      if (answer.errcode === 45011) {
        this.quotaSpentUntil = now - (now % 60_000) + 60_000;
        throw this.quotaSpent(now);
      }
      // 40029 invalid code, 40163 code used, 40226 high-risk user.
      if ([40029, 40163, 40226].includes(answer.errcode))
        throw new AuthError('WECHAT_CODE_INVALID');
      throw new AuthError('WECHAT_UNAVAILABLE');
    }
    if (typeof answer.openid !== 'string' || answer.openid.length === 0) {
      throw new AuthError('WECHAT_UNAVAILABLE');
    }
    return answer.openid;
  }

  private quotaSpent(now: number): AuthError {
    return new AuthError('WECHAT_RATE_LIMITED', undefined, {
      retryAfter: Math.max(1, Math.ceil((this.quotaSpentUntil - now) / 1000)),
    });
  }
}
