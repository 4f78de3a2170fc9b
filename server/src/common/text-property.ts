import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsOptional, IsString, Length, MaxLength } from 'class-validator';

interface TextOptions {
  /** The field may be left out of the request. */
  optional?: boolean;
  /** An empty string is accepted (a text that can be cleared). */
  allowEmpty?: boolean;
  description?: string;
  example?: string;
}

/**
 * A string field of a request body: its OpenAPI schema and its validation, up to `max`
 * characters and, unless `allowEmpty`, at least one.
 */
export function TextProperty(
  max: number,
  { optional = false, allowEmpty = false, ...doc }: TextOptions = {},
): PropertyDecorator {
  // Listed bottom-up, the order stacked decorators run in: validation checks them in this
  // order and answers with the first that fails.
  return applyDecorators(
    allowEmpty ? MaxLength(max) : Length(1, max),
    IsString(),
    ...(optional ? [IsOptional()] : []),
    ApiProperty({ maxLength: max, required: !optional, ...doc }),
  );
}
