const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

type RandomBytes = (n: number) => Uint8Array;

/** Uses crypto when the platform has it; the mini-program runtime does not always expose it. */
function defaultRandomBytes(n: number): Uint8Array {
  const bytes = new Uint8Array(n);
  const c = (globalThis as { crypto?: { getRandomValues?: (a: Uint8Array) => Uint8Array } }).crypto;
  if (c?.getRandomValues) return c.getRandomValues(bytes);
  for (let i = 0; i < n; i += 1) bytes[i] = Math.floor(Math.random() * 256);
  return bytes;
}

/**
 * A key unique per scan: time prefix for readability in server logs, 20 random characters
 * (about 119 bits) so two visitors never collide.
 */
export function newIdempotencyKey(
  now: () => number = Date.now,
  randomBytes: RandomBytes = defaultRandomBytes,
): string {
  const bytes = randomBytes(20);
  let rand = '';
  for (const b of bytes) rand += ALPHABET[b % ALPHABET.length];
  return `ck_${now().toString(36)}_${rand}`;
}
