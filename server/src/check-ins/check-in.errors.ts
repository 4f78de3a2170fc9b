import type { CheckInErrorCode } from '@xinghuo/shared';
import { AppError } from '../common/app-error';

/** The check-in request and the rejections of a scan. */
export class CheckInError extends AppError<CheckInErrorCode> {}
