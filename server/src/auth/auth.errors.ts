import { AppError } from '../common/app-error';

export class AuthError extends AppError {}
