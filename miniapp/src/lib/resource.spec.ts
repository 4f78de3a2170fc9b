import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Resource } from './resource';

/** A loader whose answers the test releases one by one. */
function controlled<T>() {
  const pending: Array<{ resolve: (v: T) => void; reject: (e: unknown) => void }> = [];
  const load = () =>
    new Promise<T>((resolve, reject) => {
      pending.push({ resolve, reject });
    });
  return { load, pending };
}

test('loading until the first answer, then the data', async () => {
  const { load, pending } = controlled<string>();
  const r = new Resource(load);
  assert.deepEqual(r.get(), { data: undefined, error: undefined, loading: true });
  const done = r.ensure();
  pending[0]?.resolve('a');
  await done;
  assert.deepEqual(r.get(), { data: 'a', error: undefined, loading: false });
});

test('an older answer arriving last does not overwrite a newer one', async () => {
  const { load, pending } = controlled<string>();
  const r = new Resource(load);
  const first = r.refresh();
  const second = r.refresh();
  pending[1]?.resolve('new');
  await second;
  pending[0]?.resolve('old');
  await first;
  assert.equal(r.get().data, 'new');
});

test('ensure shares the request on its way and skips current data', async () => {
  let calls = 0;
  const r = new Resource(async () => ++calls);
  await Promise.all([r.ensure(), r.ensure()]);
  await r.ensure();
  assert.equal(calls, 1);
  assert.equal(r.get().data, 1);
});

test('a failure keeps the data shown and is retried by the next ensure', async () => {
  let fail = false;
  const r = new Resource(async () => {
    if (fail) throw new Error('offline');
    return 'a';
  });
  await r.ensure();
  fail = true;
  await r.refresh();
  assert.equal(r.get().data, 'a');
  assert.ok(r.get().error instanceof Error);
  fail = false;
  await r.ensure();
  assert.deepEqual(r.get(), { data: 'a', error: undefined, loading: false });
});

test('invalidate reloads at once while observed, else on next use', async () => {
  let calls = 0;
  const r = new Resource(async () => ++calls);
  await r.ensure();
  r.invalidate();
  assert.equal(calls, 1, 'nobody listens: nothing sent');
  await r.ensure();
  assert.equal(calls, 2);
  let notified = 0;
  const off = r.subscribe(() => (notified += 1));
  r.invalidate();
  await r.ensure();
  assert.equal(calls, 3);
  assert.ok(notified >= 2, 'loading, then the answer');
  off();
});

test('update patches known data and drops an answer already on its way', async () => {
  const { load, pending } = controlled<{ name: string }>();
  const r = new Resource(load);
  const first = r.refresh();
  pending[0]?.resolve({ name: 'a' });
  await first;
  const stale = r.refresh();
  r.update((d) => ({ ...d, name: 'b' }));
  pending[1]?.resolve({ name: 'old' });
  await stale;
  assert.deepEqual(r.get(), { data: { name: 'b' }, error: undefined, loading: false });
});

test('reset forgets the data and the answer on its way', async () => {
  const { load, pending } = controlled<string>();
  const r = new Resource(load);
  const first = r.refresh();
  r.reset();
  pending[0]?.resolve('erased');
  await first;
  assert.equal(r.get().data, undefined);
  const again = r.ensure();
  pending[1]?.resolve('fresh');
  await again;
  assert.equal(r.get().data, 'fresh');
});
