import { AppError } from './app-error';
import { RateLimiter } from './rate-limiter';

describe('RateLimiter', () => {
  it('allows the limit per key per window, then answers RATE_LIMITED with Retry-After', () => {
    let now = 120_000;
    const limiter = new RateLimiter(2, 60_000, () => now);
    limiter.take('a');
    limiter.take('a');
    limiter.take('b');
    now += 15_000;
    let caught: unknown;
    try {
      limiter.take('a');
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect((caught as AppError).code).toBe('RATE_LIMITED');
    expect((caught as AppError).extra.retryAfter).toBe(45);
  });

  it('starts a fresh count in the next window', () => {
    let now = 0;
    const limiter = new RateLimiter(1, 1000, () => now);
    limiter.take('a');
    expect(() => limiter.take('a')).toThrow(AppError);
    now = 1000;
    expect(() => limiter.take('a')).not.toThrow();
  });
});
