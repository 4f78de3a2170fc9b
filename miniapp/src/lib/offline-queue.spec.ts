import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  OfflineQueue,
  QUEUE_STORAGE_KEY,
  isDefinitiveStatus,
  mayQueue,
  type KeyValueStorage,
  type SendResult,
} from './offline-queue';

function memoryStorage(): KeyValueStorage & { data: Map<string, string> } {
  // Round-trips through JSON like Taro storage, so shared references cannot hide bugs.
  const data = new Map<string, string>();
  return {
    data,
    get: (k) => {
      const v = data.get(k);
      return v === undefined ? undefined : JSON.parse(v);
    },
    set: (k, v) => {
      data.set(k, JSON.stringify(v));
    },
  };
}

const scan = (key: string, at = '2025-09-05T02:00:00.000Z') => ({
  idempotencyKey: key,
  code: 'AbCdEfGhIjKlMnOp12',
  scannedAt: at,
});

test('items persist across queue instances (app restart)', () => {
  const storage = memoryStorage();
  new OfflineQueue(storage).add(scan('key-00001'));
  const again = new OfflineQueue(storage);
  assert.equal(again.size(), 1);
  assert.equal(again.list()[0]?.idempotencyKey, 'key-00001');
  assert.equal(again.list()[0]?.attempts, 0);
});

test('adding the same idempotency key twice keeps one item', () => {
  const q = new OfflineQueue(memoryStorage());
  q.add(scan('key-00001'));
  q.add(scan('key-00001'));
  assert.equal(q.size(), 1);
});

test('corrupt storage is tolerated', () => {
  const storage = memoryStorage();
  storage.set(QUEUE_STORAGE_KEY, [{ nope: true }, scan('key-00002')]);
  const q = new OfflineQueue(storage);
  assert.equal(q.size(), 0, 'entries without attempts are dropped');
  storage.set(QUEUE_STORAGE_KEY, 'garbage');
  assert.deepEqual(q.list(), []);
  q.add(scan('key-00003'));
  assert.equal(q.size(), 1);
});

test('a definitive answer removes the item; no answer keeps it and counts the attempt', async () => {
  const q = new OfflineQueue(memoryStorage());
  q.add(scan('key-00001'));
  const offline = await q.sendOne(
    q.list()[0]!,
    async () => ({ kind: 'retry', reason: 'offline' }) as const,
  );
  assert.equal(offline.kind, 'retry');
  assert.equal(q.size(), 1);
  assert.equal(q.list()[0]?.attempts, 1);
  const done = await q.sendOne(q.list()[0]!, async () => ({ kind: 'done', value: 'ok' }) as const);
  assert.equal(done.kind, 'done');
  assert.equal(q.size(), 0);
});

test('a throwing sender keeps the item', async () => {
  const q = new OfflineQueue(memoryStorage());
  q.add(scan('key-00001'));
  await q.sendOne(q.list()[0]!, async () => {
    throw new Error('boom');
  });
  assert.equal(q.size(), 1);
});

test('flush sends oldest first, reuses each key and stops when still offline', async () => {
  const q = new OfflineQueue(memoryStorage());
  q.add(scan('key-later', '2025-09-05T03:00:00.000Z'));
  q.add(scan('key-early', '2025-09-05T01:00:00.000Z'));
  q.add(scan('key-last', '2025-09-05T04:00:00.000Z'));
  const seen: string[] = [];
  let calls = 0;
  const report = await q.flush(async (item): Promise<SendResult<string>> => {
    seen.push(item.idempotencyKey);
    calls += 1;
    return calls < 3
      ? { kind: 'done', value: item.idempotencyKey }
      : { kind: 'retry', reason: 'offline' };
  });
  assert.deepEqual(seen, ['key-early', 'key-later', 'key-last']);
  assert.deepEqual(
    report.sent.map((s) => s.value),
    ['key-early', 'key-later'],
  );
  assert.equal(report.remaining, 1);
  assert.equal(report.stoppedBy?.reason, 'offline');
  assert.equal(q.list()[0]?.idempotencyKey, 'key-last');
});

test('concurrent flushes share one run, so nothing is sent twice', async () => {
  const q = new OfflineQueue(memoryStorage());
  q.add(scan('key-00001'));
  let sends = 0;
  const send = async (): Promise<SendResult<number>> => {
    sends += 1;
    await new Promise((r) => setTimeout(r, 5));
    return { kind: 'done', value: sends };
  };
  const [a, b] = await Promise.all([q.flush(send), q.flush(send)]);
  assert.equal(sends, 1);
  assert.equal(a, b);
  assert.equal(q.size(), 0);
});

test('an item being sent live is skipped by a background flush', async () => {
  const q = new OfflineQueue(memoryStorage());
  const item = q.add(scan('key-00001'));
  let sends = 0;
  let release: () => void = () => undefined;
  const live = q.sendOne(item, async () => {
    sends += 1;
    await new Promise<void>((r) => (release = r));
    return { kind: 'done', value: 1 } as const;
  });
  const busy = await q.sendOne(item, async () => {
    sends += 1;
    return { kind: 'done', value: 2 } as const;
  });
  assert.equal(busy.kind, 'busy');
  release();
  await live;
  assert.equal(sends, 1);
  assert.equal(q.size(), 0);
});

test('which HTTP statuses are definitive', () => {
  for (const s of [200, 201, 400, 403, 404, 409, 410, 422])
    assert.equal(isDefinitiveStatus(s), true, String(s));
  for (const s of [0, 401, 408, 429, 500, 502, 503])
    assert.equal(isDefinitiveStatus(s), false, String(s));
});

test('a rotating code never waits in the queue; a printed one may', () => {
  // First byte [key id 1 | kind]: kind 1 is rotating, 0 printed.
  assert.equal(mayQueue('https://kepu.example.cn/q/EQAAAAcDhETAAAAAAAAAAAAAAA'), false);
  assert.equal(mayQueue('EAAAAAcDhETAAAAAAAAAAAAAAA'), true);
  // Not a token at all: the server says why; queuing it loses nothing.
  assert.equal(mayQueue('hello'), true);
});
