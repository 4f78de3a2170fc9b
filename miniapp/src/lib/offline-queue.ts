import { type CheckInRequest, qrCodeKind } from '@xinghuo/shared';

/** A scan waiting for a definitive answer from the server. */
export interface QueuedCheckIn {
  /** Reused on every retry so the server never records the scan twice. */
  idempotencyKey: string;
  code: string;
  /** The moment of the scan; the server judges validity and opening hours at this time. */
  scannedAt: string;
  location?: CheckInRequest['location'];
  /** How many sends have been tried without a definitive answer. */
  attempts: number;
  lastTriedAt?: string;
}

/** Minimal synchronous key-value store; Taro storage in the app, a Map in tests. */
export interface KeyValueStorage {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

/** Why a send got no decision: the scan stays queued. */
export type RetryReason = 'offline' | 'rate_limited' | 'server' | 'unauthenticated';

/**
 * What one send produced. `done` means the server decided (accepted, repeat or a rejection):
 * the item leaves the queue. `retry` means we do not know yet (offline, timeout, 429, 5xx).
 */
export type SendResult<R> =
  { kind: 'done'; value: R } | { kind: 'retry'; reason: RetryReason; retryAfterMs?: number };

export interface FlushReport<R> {
  sent: Array<{ item: QueuedCheckIn; value: R }>;
  remaining: number;
  /** Set when the flush stopped early, e.g. still offline. */
  stoppedBy?: SendResult<R> & { kind: 'retry' };
}

// Stored names keep their first spelling: renaming one would strand scans queued before an update.
export const QUEUE_STORAGE_KEY = 'xh.checkin-queue.v1';

/**
 * A rotating code proves presence only when it reaches the server at once: the server refuses
 * one replayed later, so it never waits in the queue (the kind is in the token's first byte).
 */
export function mayQueue(code: string): boolean {
  return qrCodeKind(code) !== 'rotating';
}

/** Only status codes that carry the server's decision about the scan itself. */
export function isDefinitiveStatus(status: number): boolean {
  if (status >= 200 && status < 300) return true;
  // 401: our session was refused, not the scan; 408/429: try again later.
  if (status === 401 || status === 408 || status === 429) return false;
  return status >= 400 && status < 500;
}

function isQueuedCheckIn(value: unknown): value is QueuedCheckIn {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.idempotencyKey === 'string' &&
    typeof v.code === 'string' &&
    typeof v.scannedAt === 'string' &&
    typeof v.attempts === 'number'
  );
}

/**
 * Persistent queue of check-ins. Every change is written through to storage at once, because the
 * mini-program can be killed at any moment and a scan must survive that.
 */
export class OfflineQueue {
  private readonly inFlight = new Set<string>();
  private flushing: Promise<unknown> | null = null;

  constructor(
    private readonly storage: KeyValueStorage,
    private readonly key: string = QUEUE_STORAGE_KEY,
  ) {}

  list(): QueuedCheckIn[] {
    let raw: unknown;
    try {
      raw = this.storage.get(this.key);
    } catch {
      return [];
    }
    // Corrupt entries are dropped rather than blocking every later scan.
    return Array.isArray(raw) ? raw.filter(isQueuedCheckIn) : [];
  }

  size(): number {
    return this.list().length;
  }

  private save(items: QueuedCheckIn[]): void {
    this.storage.set(this.key, items);
  }

  /** Adds the scan unless one with the same key is already there. */
  add(item: Omit<QueuedCheckIn, 'attempts'> & { attempts?: number }): QueuedCheckIn {
    const items = this.list();
    const existing = items.find((i) => i.idempotencyKey === item.idempotencyKey);
    if (existing) return existing;
    const entry: QueuedCheckIn = { ...item, attempts: item.attempts ?? 0 };
    items.push(entry);
    this.save(items);
    return entry;
  }

  remove(idempotencyKey: string): void {
    this.save(this.list().filter((i) => i.idempotencyKey !== idempotencyKey));
  }

  has(idempotencyKey: string): boolean {
    return this.list().some((i) => i.idempotencyKey === idempotencyKey);
  }

  private markTried(idempotencyKey: string, at: Date): void {
    const items = this.list();
    const item = items.find((i) => i.idempotencyKey === idempotencyKey);
    if (!item) return;
    item.attempts += 1;
    item.lastTriedAt = at.toISOString();
    this.save(items);
  }

  /**
   * Sends one item, unless it is already being sent: a live scan and a background flush must not
   * race on the same key (harmless for the server, but it would show two results).
   */
  async sendOne<R>(
    item: QueuedCheckIn,
    send: (item: QueuedCheckIn) => Promise<SendResult<R>>,
    now: () => Date = () => new Date(),
  ): Promise<SendResult<R> | { kind: 'busy' }> {
    if (this.inFlight.has(item.idempotencyKey)) return { kind: 'busy' };
    this.inFlight.add(item.idempotencyKey);
    try {
      let result: SendResult<R>;
      try {
        result = await send(item);
      } catch {
        // A sender that throws is treated as "no answer": keep the scan.
        result = { kind: 'retry', reason: 'offline' };
      }
      if (result.kind === 'done') this.remove(item.idempotencyKey);
      else this.markTried(item.idempotencyKey, now());
      return result;
    } finally {
      this.inFlight.delete(item.idempotencyKey);
    }
  }

  /**
   * Sends queued scans oldest first. Stops at the first "no answer", since the next ones would
   * fail the same way. Concurrent calls share one run.
   */
  flush<R>(
    send: (item: QueuedCheckIn) => Promise<SendResult<R>>,
    now: () => Date = () => new Date(),
  ): Promise<FlushReport<R>> {
    if (this.flushing) return this.flushing as Promise<FlushReport<R>>;
    const run = (async (): Promise<FlushReport<R>> => {
      const report: FlushReport<R> = { sent: [], remaining: 0 };
      const pending = [...this.list()].sort((a, b) => a.scannedAt.localeCompare(b.scannedAt));
      for (const item of pending) {
        const result = await this.sendOne(item, send, now);
        if (result.kind === 'busy') continue;
        if (result.kind === 'done') {
          report.sent.push({ item, value: result.value });
          continue;
        }
        report.stoppedBy = result;
        break;
      }
      report.remaining = this.size();
      return report;
    })();
    this.flushing = run;
    const clear = (): void => {
      this.flushing = null;
    };
    run.then(clear, clear);
    return run;
  }
}
