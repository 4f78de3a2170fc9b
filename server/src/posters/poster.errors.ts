import { AppError } from '../common/app-error';

/** Posters: the mini-program code comes from WeChat, which may be down or rate-limited. */
export class PosterError extends AppError<'WECHAT_UNAVAILABLE' | 'WECHAT_RATE_LIMITED'> {}
