import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { AuthError } from './auth.errors';

/** How many may wait per hash slot before newcomers are told to come back. */
const QUEUE_PER_SLOT = 4;

/**
 * Bounds the scrypt work in flight. Each hash holds a thread-pool thread and 16 MB for tens of
 * milliseconds; a flood of sign-ins with random names must not queue unbounded CPU work in
 * front of everyone else. A few wait their turn; past that the answer is 503 AUTH_BUSY with
 * Retry-After, before any hash is computed, for known and unknown names alike.
 */
@Injectable()
export class HashGate {
  private running = 0;
  private readonly waiting: Array<() => void> = [];
  private readonly slots: number;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.slots = config.loginMaxConcurrentHashes;
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.slots) {
      if (this.waiting.length >= this.slots * QUEUE_PER_SLOT) {
        throw new AuthError('AUTH_BUSY', undefined, { retryAfter: 1 });
      }
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running += 1;
    }
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running -= 1;
    }
  }
}
