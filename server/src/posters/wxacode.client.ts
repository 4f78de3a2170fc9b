import { Inject, Injectable, Logger } from '@nestjs/common';
import { CLOCK, type Clock } from '../common/clock';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { PosterError } from './poster.errors';

/** The mini-program page a scanned code opens; it reads the QR token from `scene`. */
export const WXACODE_PAGE = 'pages/check-in/index';
/** Access tokens live 7200 s; renew this long before WeChat says they expire. */
const RENEW_EARLY_MS = 5 * 60_000;
/** errcodes meaning "this access token is no good": fetch a new one and try once more. */
const STALE_TOKEN = new Set([40001, 40014, 42001]);

interface WechatError {
  errcode?: number;
  errmsg?: string;
}

/**
 * Mini-program codes (`wxacode.getUnlimited`) for posters, with the QR token as `scene`, so the
 * WeChat camera opens the check-in page directly. The app's access token is fetched once and
 * reused until shortly before it expires; concurrent callers share one fetch.
 */
@Injectable()
export class WxacodeClient {
  private readonly logger = new Logger('WxacodeClient');
  private token: { value: string; expiresAt: number } | null = null;
  private fetching: Promise<string> | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  get configured(): boolean {
    return !!this.config.wechat.appId && !!this.config.wechat.appSecret;
  }

  /** PNG (or JPEG) bytes of the code for `scene`. */
  async unlimited(scene: string): Promise<Buffer> {
    if (!this.configured)
      throw new PosterError('WECHAT_UNAVAILABLE', '服务器未配置微信小程序，无法生成小程序码');
    for (let attempt = 0; ; attempt++) {
      const accessToken = await this.accessToken();
      const url = new URL('/wxa/getwxacodeunlimit', this.config.wechat.apiBase);
      url.searchParams.set('access_token', accessToken);
      let response: Response;
      try {
        response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ scene, page: WXACODE_PAGE, check_path: false, width: 860 }),
          signal: AbortSignal.timeout(8000),
        });
      } catch (error) {
        this.logger.warn(`getwxacodeunlimit failed: ${(error as Error).message}`);
        throw new PosterError('WECHAT_UNAVAILABLE');
      }
      const body = Buffer.from(await response.arrayBuffer());
      if (response.ok && (response.headers.get('content-type') ?? '').startsWith('image/'))
        return body;
      const answer = parseError(body);
      if (answer.errcode !== undefined && STALE_TOKEN.has(answer.errcode) && attempt === 0) {
        this.token = null;
        continue;
      }
      this.logger.warn(
        `getwxacodeunlimit errcode ${answer.errcode ?? '?'}: ${answer.errmsg ?? ''}`,
      );
      if (answer.errcode === 45009) throw new PosterError('WECHAT_RATE_LIMITED');
      throw new PosterError('WECHAT_UNAVAILABLE');
    }
  }

  private accessToken(): Promise<string> {
    if (this.token && this.token.expiresAt > this.clock.now())
      return Promise.resolve(this.token.value);
    this.fetching ??= this.fetchToken().finally(() => {
      this.fetching = null;
    });
    return this.fetching;
  }

  private async fetchToken(): Promise<string> {
    const { appId, appSecret, apiBase } = this.config.wechat;
    const url = new URL('/cgi-bin/token', apiBase);
    url.search = new URLSearchParams({
      grant_type: 'client_credential',
      appid: appId!,
      secret: appSecret!,
    }).toString();
    let answer: WechatError & { access_token?: string; expires_in?: number };
    try {
      answer = (await (
        await fetch(url, { signal: AbortSignal.timeout(5000) })
      ).json()) as typeof answer;
    } catch (error) {
      this.logger.warn(`cgi-bin/token failed: ${(error as Error).message}`);
      throw new PosterError('WECHAT_UNAVAILABLE');
    }
    if (typeof answer.access_token !== 'string' || !answer.access_token) {
      this.logger.warn(`cgi-bin/token errcode ${answer.errcode ?? '?'}: ${answer.errmsg ?? ''}`);
      throw new PosterError(
        answer.errcode === 45009 ? 'WECHAT_RATE_LIMITED' : 'WECHAT_UNAVAILABLE',
      );
    }
    const lifetime = (answer.expires_in ?? 7200) * 1000;
    this.token = {
      value: answer.access_token,
      expiresAt: this.clock.now() + Math.max(lifetime - RENEW_EARLY_MS, lifetime / 2),
    };
    return this.token.value;
  }
}

function parseError(body: Buffer): WechatError {
  try {
    return JSON.parse(body.toString('utf8')) as WechatError;
  } catch {
    return {};
  }
}
