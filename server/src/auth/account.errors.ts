import type { AccountErrorCode } from '@xinghuo/shared';
import { AppError } from '../common/app-error';

/** Staff and organizer accounts: sessions, passwords and account management. */
export class AccountError extends AppError<AccountErrorCode> {
  static weakPassword(message?: string): AccountError {
    return new AccountError('PASSWORD_TOO_WEAK', message, { field: 'newPassword' });
  }
}
