import { AppError } from '../common/app-error';

export class CheckInError extends AppError {}
