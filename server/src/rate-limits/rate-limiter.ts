import { Logger } from '@nestjs/common';
import { RateLimitedError } from '../common/app-error';

export interface RateRule {
  /** Names the counter in the shared store; one request checks each rule once. */
  name: string;
  limit: number;
  windowMs: number;
  /**
   * Hits a process admits per key and window on its own before it asks the shared store
   * (default 0: every hit is counted there). For hot paths only: with P processes a key can
   * then get at most limit + (P − 1) × localAllowance hits in a window.
   */
  localAllowance?: number;
}

export interface RateCheck {
  rule: RateRule;
  key: string;
}

export interface CounterHit {
  bucket: string;
  key: string;
  windowStart: number;
  windowMs: number;
  by: number;
}

/** Counters shared by every process: adds each hit and answers the new totals, in order. */
export interface RateLimitStore {
  add(hits: CounterHit[]): Promise<number[]>;
}

interface LocalCount {
  /** Hits this process saw in the window. */
  seen: number;
  /** Of those, already sent to the store. */
  sent: number;
  /** Sent but not yet answered. */
  inFlight: number;
  /** The store's total at its last answer. */
  shared: number;
}

/**
 * Keys one rule remembers per window. A flood of distinct keys (random account names from many
 * networks) would otherwise grow a day-long window without bound; past this the window's local
 * counts start afresh. With a shared store the store keeps the real totals.
 */
const KEYS_PER_WINDOW = 100_000;

interface Window {
  start: number;
  counts: Map<string, LocalCount>;
}

/**
 * Fixed-window counters keyed by whatever the caller says (a visitor, an account and network,
 * a client network). Without a store the counts in this process are the truth (one process per
 * deployment, the embedded default); with one, every process on the database counts together.
 * If the store fails, the process falls back to its own counts rather than refusing everyone.
 */
export class RateLimiter {
  private readonly logger = new Logger('RateLimiter');
  private readonly windows = new Map<string, Window>();
  private storeDown = false;

  constructor(
    private readonly store: RateLimitStore | null,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one hit against every check; throws RATE_LIMITED with the longest wait among them. */
  async take(...checks: RateCheck[]): Promise<void> {
    const t = this.now();
    let waitMs = 0;
    const ask: Array<{ check: RateCheck; local: LocalCount; start: number; by: number }> = [];
    for (const check of checks) {
      const { rule } = check;
      const window = this.window(rule, t);
      let local = window.counts.get(check.key);
      if (!local) {
        if (window.counts.size >= KEYS_PER_WINDOW) window.counts.clear();
        local = { seen: 0, sent: 0, inFlight: 0, shared: 0 };
        window.counts.set(check.key, local);
      }
      local.seen += 1;
      const known = local.shared + local.inFlight + local.seen - local.sent;
      if (this.store && known > (rule.localAllowance ?? 0)) {
        const by = local.seen - local.sent;
        local.sent = local.seen;
        local.inFlight += by;
        ask.push({ check, local, start: window.start, by });
      } else if (known > rule.limit) {
        waitMs = Math.max(waitMs, window.start + rule.windowMs - t);
      }
    }
    if (this.store && ask.length > 0) {
      let totals: number[] | null = null;
      try {
        totals = await this.store.add(
          ask.map(({ check, start, by }) => ({
            bucket: check.rule.name,
            key: check.key,
            windowStart: start,
            windowMs: check.rule.windowMs,
            by,
          })),
        );
        if (this.storeDown) this.logger.log('rate-limit store is back');
        this.storeDown = false;
      } catch (error) {
        if (!this.storeDown) {
          this.logger.warn(
            `rate-limit store failed, counting locally: ${(error as Error).message}`,
          );
        }
        this.storeDown = true;
      }
      for (const [i, { check, local, start, by }] of ask.entries()) {
        local.inFlight -= by;
        const total = totals?.[i];
        if (total !== undefined) local.shared = Math.max(local.shared, total - local.inFlight);
        const count = total ?? local.seen;
        if (count > check.rule.limit) {
          waitMs = Math.max(waitMs, start + check.rule.windowMs - t);
        }
      }
    }
    if (waitMs > 0) throw new RateLimitedError(Math.max(1, Math.ceil(waitMs / 1000)));
  }

  private window(rule: RateRule, t: number): Window {
    const start = t - (t % rule.windowMs);
    let window = this.windows.get(rule.name);
    if (!window || window.start !== start) {
      window = { start, counts: new Map() };
      this.windows.set(rule.name, window);
    }
    return window;
  }
}
