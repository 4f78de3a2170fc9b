import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { isAbsolute, join, resolve } from 'node:path';

export interface QrKey {
  id: number;
  secret: Buffer;
}

export interface AppConfig {
  port: number;
  host: string;
  /** Unset: an embedded PostgreSQL is started under `dataDir`. */
  databaseUrl: string | null;
  dataDir: string;
  embeddedPgPort: number;
  demoData: boolean;
  publicBaseUrl: string;
  authSecret: Buffer;
  qrKeys: QrKey[];
  qrActiveKeyId: number;
  wechat: { appId: string | null; appSecret: string | null; apiBase: string };
  visitorTokenTtlHours: number;
  accountTokenTtlHours: number;
  h5Dir: string;
  /** Requests allowed per visitor per minute on POST /api/check-ins. */
  checkInRateLimitPerMinute: number;
  loginRateLimitPerMinute: number;
  /** Days a stored idempotency answer is kept; longer than an offline scan may be replayed. */
  idempotencyRetentionDays: number;
  /** New anonymous visitors per client address per minute on POST /api/auth/guest. */
  guestRateLimitPerMinute: number;
  /** Which hops may say who the client is (X-Forwarded-For): Fastify's `trustProxy`. */
  trustProxy: boolean | string;
  logRequests: boolean;
  /** How often the stats folder looks for new check-ins to fold into the figures; 0: never. */
  statsFoldIntervalMs: number;
}

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

function int(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be 1/0, true/false or yes/no, got "${raw}"`);
}

function url(env: Env, name: string, fallback: string): string {
  const raw = env[name] || fallback;
  try {
    const parsed = new URL(raw);
    if (!['http:', 'https:'].includes(parsed.protocol)) throw new Error('protocol');
  } catch {
    throw new ConfigError(`${name} must be an http(s) URL, got "${raw}"`);
  }
  return raw.replace(/\/+$/, '');
}

const PROXY_PRESETS = new Set(['loopback', 'linklocal', 'uniquelocal']);

/**
 * Addresses of proxies allowed to name the client: by default only this host and private
 * networks, so a client on the internet cannot pick its own address with X-Forwarded-For.
 */
function trustProxy(env: Env): boolean | string {
  const raw = env.TRUST_PROXY?.trim() || 'loopback,linklocal,uniquelocal';
  if (raw === 'true' || raw === 'false') return raw === 'true';
  for (const item of raw.split(',').map((part) => part.trim())) {
    const [address, prefix, extra] = item.split('/');
    const bits = isIP(address ?? '');
    const prefixOk =
      prefix === undefined || (/^\d+$/.test(prefix) && Number(prefix) <= (bits === 6 ? 128 : 32));
    if (!PROXY_PRESETS.has(item) && (bits === 0 || !prefixOk || extra !== undefined)) {
      throw new ConfigError(
        `TRUST_PROXY must be true, false or a list of addresses, CIDRs and loopback/linklocal/uniquelocal, got "${raw}"`,
      );
    }
  }
  return raw;
}

function secret(name: string, raw: string): Buffer {
  if (raw.length < 32) throw new ConfigError(`${name} must be at least 32 characters`);
  return Buffer.from(raw, 'utf8');
}

/** "1:secret,2:secret" — key ids 0..15 because the id travels in 4 bits of every QR token. */
function qrKeys(raw: string): QrKey[] {
  const keys = raw.split(',').map((part) => {
    const idx = part.indexOf(':');
    const id = Number(part.slice(0, idx));
    if (idx < 1 || !Number.isInteger(id) || id < 0 || id > 15) {
      throw new ConfigError('QR_KEYS must look like "1:<secret>,2:<secret>" with key ids 0-15');
    }
    return { id, secret: secret(`QR_KEYS key ${id}`, part.slice(idx + 1)) };
  });
  if (new Set(keys.map((k) => k.id)).size !== keys.length) {
    throw new ConfigError('QR_KEYS has a key id twice');
  }
  return keys;
}

/**
 * Secrets for a local demo are generated once and kept in the data dir, so QR posters printed
 * from a demo keep working across restarts. A server on a real database must be given them.
 */
function localSecrets(dataDir: string): { authSecret: string; qrKeys: string } {
  const file = join(dataDir, 'secrets.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as never;
  mkdirSync(dataDir, { recursive: true });
  const generated = {
    authSecret: randomBytes(32).toString('base64url'),
    qrKeys: `1:${randomBytes(32).toString('base64url')}`,
  };
  writeFileSync(file, JSON.stringify(generated, null, 2), { mode: 0o600 });
  return generated;
}

export function loadConfig(env: Env = process.env, argv: string[] = process.argv): AppConfig {
  const port = int(env, 'PORT', 3000, 0, 65535);
  const databaseUrl = env.DATABASE_URL || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must start with postgres:// or postgresql://');
  }
  const dataDirRaw = env.DATA_DIR || '.data';
  const dataDir = isAbsolute(dataDirRaw) ? dataDirRaw : resolve(process.cwd(), dataDirRaw);

  let authSecretRaw = env.AUTH_SECRET;
  let qrKeysRaw = env.QR_KEYS;
  if (!authSecretRaw || !qrKeysRaw) {
    if (databaseUrl) {
      throw new ConfigError(
        'AUTH_SECRET and QR_KEYS must be set when DATABASE_URL is set (see docs/operations.md)',
      );
    }
    const local = localSecrets(dataDir);
    authSecretRaw ||= local.authSecret;
    qrKeysRaw ||= local.qrKeys;
  }
  const keys = qrKeys(qrKeysRaw);
  const maxKeyId = Math.max(...keys.map((k) => k.id));
  const qrActiveKeyId = int(env, 'QR_ACTIVE_KEY_ID', maxKeyId, 0, 15);
  if (!keys.some((k) => k.id === qrActiveKeyId)) {
    throw new ConfigError(`QR_ACTIVE_KEY_ID ${qrActiveKeyId} is not among QR_KEYS`);
  }

  const demoFlag = argv.includes('--demo');
  return {
    port,
    host: env.HOST || '0.0.0.0',
    databaseUrl,
    dataDir,
    embeddedPgPort: int(env, 'EMBEDDED_PG_PORT', 54329, 1024, 65535),
    demoData: demoFlag || bool(env, 'DEMO_DATA', !databaseUrl),
    publicBaseUrl: url(env, 'PUBLIC_BASE_URL', `http://localhost:${port}`),
    authSecret: secret('AUTH_SECRET', authSecretRaw),
    qrKeys: keys,
    qrActiveKeyId,
    wechat: {
      appId: env.WECHAT_APP_ID || null,
      appSecret: env.WECHAT_APP_SECRET || null,
      apiBase: url(env, 'WECHAT_API_BASE', 'https://api.weixin.qq.com'),
    },
    visitorTokenTtlHours: int(env, 'VISITOR_TOKEN_TTL_HOURS', 24 * 30, 1, 24 * 365),
    accountTokenTtlHours: int(env, 'ACCOUNT_TOKEN_TTL_HOURS', 12, 1, 24 * 30),
    h5Dir: env.H5_DIR
      ? resolve(process.cwd(), env.H5_DIR)
      : resolve(__dirname, '../../../miniapp/dist/h5'),
    checkInRateLimitPerMinute: int(env, 'CHECK_IN_RATE_LIMIT_PER_MINUTE', 30, 1, 100_000),
    loginRateLimitPerMinute: int(env, 'LOGIN_RATE_LIMIT_PER_MINUTE', 10, 1, 100_000),
    guestRateLimitPerMinute: int(env, 'GUEST_RATE_LIMIT_PER_MINUTE', 60, 1, 100_000),
    // An offline scan may arrive up to 72 hours late with its key: keep answers beyond that.
    idempotencyRetentionDays: int(env, 'IDEMPOTENCY_RETENTION_DAYS', 7, 4, 3650),
    trustProxy: trustProxy(env),
    logRequests: bool(env, 'LOG_REQUESTS', false),
    statsFoldIntervalMs: int(env, 'STATS_FOLD_INTERVAL_MS', 1000, 0, 60_000),
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
