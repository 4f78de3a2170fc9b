import { AppError } from '../common/app-error';
import { type CounterHit, RateLimiter, type RateLimitStore, type RateRule } from './rate-limiter';

/** What PostgreSQL does for every process on one database, in a map. */
class SharedCounters implements RateLimitStore {
  readonly counts = new Map<string, number>();
  calls = 0;
  failing = false;

  add(hits: CounterHit[]): Promise<number[]> {
    this.calls += 1;
    if (this.failing) return Promise.reject(new Error('connection lost'));
    return Promise.resolve(
      hits.map((hit) => {
        const id = `${hit.bucket}|${hit.key}|${hit.windowStart}`;
        const total = (this.counts.get(id) ?? 0) + hit.by;
        this.counts.set(id, total);
        return total;
      }),
    );
  }
}

async function outcome(p: Promise<void>): Promise<number | 'ok'> {
  try {
    await p;
    return 'ok';
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('RATE_LIMITED');
    return (error as AppError).extra.retryAfter!;
  }
}

describe('RateLimiter', () => {
  const rule: RateRule = { name: 'r', limit: 2, windowMs: 60_000 };

  it('allows the limit per key per window, then answers RATE_LIMITED with Retry-After', async () => {
    let now = 120_000;
    const limiter = new RateLimiter(null, () => now);
    await limiter.take({ rule, key: 'a' });
    await limiter.take({ rule, key: 'a' });
    await limiter.take({ rule, key: 'b' });
    now += 15_000;
    expect(await outcome(limiter.take({ rule, key: 'a' }))).toBe(45);
  });

  it('starts a fresh count in the next window', async () => {
    let now = 0;
    const limiter = new RateLimiter(null, () => now);
    const one = { name: 'one', limit: 1, windowMs: 1000 };
    await limiter.take({ rule: one, key: 'a' });
    expect(await outcome(limiter.take({ rule: one, key: 'a' }))).toBe(1);
    now = 1000;
    expect(await outcome(limiter.take({ rule: one, key: 'a' }))).toBe('ok');
  });

  it('answers with the longest wait of the rules a request breaks', async () => {
    const now = 0;
    const limiter = new RateLimiter(null, () => now);
    const minute = { name: 'm', limit: 1, windowMs: 60_000 };
    const hour = { name: 'h', limit: 1, windowMs: 3_600_000 };
    await limiter.take({ rule: minute, key: 'a' }, { rule: hour, key: 'a' });
    expect(await outcome(limiter.take({ rule: minute, key: 'a' }, { rule: hour, key: 'a' }))).toBe(
      3600,
    );
  });

  it('enforces one limit across processes that share a store', async () => {
    const shared = new SharedCounters();
    const now = () => 5_000;
    const a = new RateLimiter(shared, now);
    const b = new RateLimiter(shared, now);
    const three = { name: 'three', limit: 3, windowMs: 60_000 };
    expect(await outcome(a.take({ rule: three, key: 'k' }))).toBe('ok');
    expect(await outcome(b.take({ rule: three, key: 'k' }))).toBe('ok');
    expect(await outcome(a.take({ rule: three, key: 'k' }))).toBe('ok');
    expect(await outcome(b.take({ rule: three, key: 'k' }))).toBe(55);
    expect(await outcome(a.take({ rule: three, key: 'other' }))).toBe('ok');
  });

  it('consults the store only past the local allowance, and bounds what processes admit together', async () => {
    const shared = new SharedCounters();
    const hot = { name: 'hot', limit: 8, windowMs: 60_000, localAllowance: 2 };
    const processes = [new RateLimiter(shared, () => 0), new RateLimiter(shared, () => 0)];
    await processes[0]!.take({ rule: hot, key: 'v' });
    await processes[0]!.take({ rule: hot, key: 'v' });
    expect(shared.calls).toBe(0);
    let admitted = 2;
    for (let i = 0; i < 40; i++) {
      if ((await outcome(processes[i % 2]!.take({ rule: hot, key: 'v' }))) === 'ok') admitted++;
    }
    // At most the limit plus what the other process admitted before it first asked.
    expect(admitted).toBeGreaterThanOrEqual(hot.limit);
    expect(admitted).toBeLessThanOrEqual(hot.limit + hot.localAllowance);
  });

  it('remembers a bounded number of keys per window', async () => {
    const limiter = new RateLimiter(null, () => 0);
    const day = { name: 'day', limit: 5, windowMs: 86_400_000 };
    for (let i = 0; i < 100_500; i++) await limiter.take({ rule: day, key: `k${i}` });
    const windows = (
      limiter as unknown as { windows: Map<string, { counts: Map<string, unknown> }> }
    ).windows;
    expect(windows.get('day')!.counts.size).toBeLessThanOrEqual(100_000);
  });

  it('falls back to its own count when the store fails', async () => {
    const shared = new SharedCounters();
    shared.failing = true;
    const limiter = new RateLimiter(shared, () => 0);
    expect(await outcome(limiter.take({ rule, key: 'a' }))).toBe('ok');
    expect(await outcome(limiter.take({ rule, key: 'a' }))).toBe('ok');
    expect(await outcome(limiter.take({ rule, key: 'a' }))).toBe(60);
  });
});
