import { type PipeTransform } from '@nestjs/common';
import { ValidationError } from './app-error';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Route ids are uuids; anything else is the client's mistake, answered before any query. */
export class UuidPipe implements PipeTransform<string, string> {
  constructor(private readonly field = 'id') {}

  transform(value: string): string {
    if (typeof value !== 'string' || !UUID.test(value)) {
      throw new ValidationError(this.field, `${this.field} must be a uuid`);
    }
    return value.toLowerCase();
  }
}
