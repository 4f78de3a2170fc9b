import { RateLimitedError } from './app-error';

/**
 * Fixed-window counters in memory, keyed by visitor or account rather than IP: thousands of
 * visitors share one venue's Wi-Fi. One process per deployment keeps this exact; with several,
 * each enforces its own share.
 */
export class RateLimiter {
  private windowStart = 0;
  private counts = new Map<string, number>();

  constructor(
    private readonly limit: number,
    private readonly windowMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Throws RATE_LIMITED with the seconds until the window turns. */
  take(key: string): void {
    const t = this.now();
    if (t - this.windowStart >= this.windowMs) {
      this.windowStart = t - (t % this.windowMs);
      this.counts = new Map();
    }
    const used = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, used);
    if (used > this.limit) {
      throw new RateLimitedError(
        Math.max(1, Math.ceil((this.windowStart + this.windowMs - t) / 1000)),
      );
    }
  }
}
