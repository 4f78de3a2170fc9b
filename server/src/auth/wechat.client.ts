import { Inject, Injectable, Logger } from '@nestjs/common';
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

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async openidFor(code: string): Promise<string> {
    const { appId, appSecret, apiBase } = this.config.wechat;
    if (!appId || !appSecret) {
      throw new AuthError('WECHAT_UNAVAILABLE', '服务器未配置微信登录，请使用网页版');
    }
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
      if (answer.errcode === 45011) throw new AuthError('WECHAT_RATE_LIMITED');
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
}
