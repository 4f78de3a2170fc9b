import type { ContentErrorCode } from '@xinghuo/shared';
import { AppError } from '../common/app-error';

/** Editing venues, checkpoints and trails, and reviewing them. */
export class ContentError extends AppError<ContentErrorCode> {
  static stale(): ContentError {
    return new ContentError('VERSION_CONFLICT', undefined, { field: 'version' });
  }

  static fieldNotAllowed(field: string, message = `无权修改「${field}」`): ContentError {
    return new ContentError('FIELD_NOT_ALLOWED', message, { field });
  }
}
