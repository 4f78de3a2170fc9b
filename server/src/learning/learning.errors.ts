import type { LearningErrorCode } from '@xinghuo/shared';
import { AppError } from '../common/app-error';

/** Answers to science-card questions. */
export class LearningError extends AppError<LearningErrorCode> {}
