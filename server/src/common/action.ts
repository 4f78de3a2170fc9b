import { applyDecorators, HttpCode, Post } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';

/**
 * A POST that acts on something that exists (approve, publish, sign in…): it answers 200 with the
 * result, not Nest's default 201, since nothing new is created at a new address.
 */
export function PostAction(path: string, summary: string): MethodDecorator {
  return applyDecorators(Post(path), HttpCode(200), ApiOperation({ summary }));
}
