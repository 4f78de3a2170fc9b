import { ConfigError, type Env, int } from './env-values';

export interface SigningKey {
  id: number;
  secret: Buffer;
}

function secret(name: string, raw: string): Buffer {
  if (raw.length < 32) throw new ConfigError(`${name} must be at least 32 characters`);
  return Buffer.from(raw, 'utf8');
}

/** "1:secret,2:secret". QR key ids are 0..15 because the id travels in 4 bits of every QR token. */
export function keyList(name: string, raw: string, maxId: number): SigningKey[] {
  const keys = raw.split(',').map((part) => {
    const idx = part.indexOf(':');
    const id = Number(part.slice(0, idx));
    if (idx < 1 || !Number.isInteger(id) || id < 0 || id > maxId) {
      throw new ConfigError(
        `${name} must look like "1:<secret>,2:<secret>" with key ids 0-${maxId}`,
      );
    }
    return { id, secret: secret(`${name} key ${id}`, part.slice(idx + 1)) };
  });
  if (new Set(keys.map((k) => k.id)).size !== keys.length) {
    throw new ConfigError(`${name} has a key id twice`);
  }
  return keys;
}

export function activeKey(env: Env, name: string, keys: SigningKey[], maxId: number): number {
  const id = int(env, name, Math.max(...keys.map((k) => k.id)), 0, maxId);
  if (!keys.some((k) => k.id === id)) {
    throw new ConfigError(`${name} ${id} is not among the configured keys`);
  }
  return id;
}

/**
 * AUTH_SECRET is key 0 (the key of every token issued before key ids existed); AUTH_KEYS lists
 * more, so the secret can rotate: tokens keep verifying while their key is listed.
 */
export function authKeys(secretRaw: string | undefined, keysRaw: string | undefined): SigningKey[] {
  const listed = keysRaw ? keyList('AUTH_KEYS', keysRaw, 255) : [];
  if (!secretRaw) return listed;
  if (listed.some((k) => k.id === 0)) {
    throw new ConfigError('AUTH_KEYS has key id 0, which is AUTH_SECRET: set one or the other');
  }
  return [{ id: 0, secret: secret('AUTH_SECRET', secretRaw) }, ...listed];
}
