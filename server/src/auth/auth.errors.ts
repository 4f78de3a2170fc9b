import type { AuthErrorCode } from '@xinghuo/shared';
import { AppError } from '../common/app-error';

/** Signing in and bearer tokens. */
export class AuthError extends AppError<AuthErrorCode> {
  static invalidToken(): AuthError {
    return new AuthError('UNAUTHENTICATED', '登录凭证无效');
  }

  /** A valid token whose visitor row is gone: erased, or a database reset under a test client. */
  static visitorGone(): AuthError {
    return new AuthError('UNAUTHENTICATED', '访客记录不存在，请重新进入');
  }
}
