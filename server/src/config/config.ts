import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { isAbsolute, join, resolve } from 'node:path';
import { bool, ConfigError, type Env, int, oneOf, url } from './env-values';
import { activeKey, authKeys, keyList, type SigningKey } from './signing-keys';

export { ConfigError } from './env-values';
export type { SigningKey } from './signing-keys';

export type QrKey = SigningKey;

export interface AppConfig {
  port: number;
  host: string;
  /** Unset: an embedded PostgreSQL is started under `dataDir`. */
  databaseUrl: string | null;
  dataDir: string;
  embeddedPgPort: number;
  demoData: boolean;
  /** NODE_ENV=production kept the demo data (and its published passwords) out. */
  demoRefused: boolean;
  publicBaseUrl: string;
  /** Bearer-token keys: AUTH_SECRET is key 0, AUTH_KEYS adds more. */
  authKeys: SigningKey[];
  authActiveKeyId: number;
  qrKeys: QrKey[];
  qrActiveKeyId: number;
  wechat: { appId: string | null; appSecret: string | null; apiBase: string };
  visitorTokenTtlHours: number;
  accountTokenTtlHours: number;
  h5Dir: string;
  /** Requests allowed per visitor per minute on POST /api/check-ins. */
  checkInRateLimitPerMinute: number;
  /** Where rate-limit counters live: this process, or PostgreSQL for every process on it. */
  rateLimitStore: 'memory' | 'postgres';
  /** Sign-in attempts per account name and client network per minute (×3 an hour, ×10 a day). */
  loginRateLimitPerMinute: number;
  /** Sign-in attempts per client network per minute, whatever the account names (spraying). */
  loginAddressRateLimitPerMinute: number;
  /** scrypt hashes computed at once; a few times as many wait, the rest are told to retry. */
  loginMaxConcurrentHashes: number;
  /** Days a stored idempotency answer is kept; longer than an offline scan may be replayed. */
  idempotencyRetentionDays: number;
  /** New anonymous visitors per client address per minute on POST /api/auth/guest. */
  guestRateLimitPerMinute: number;
  guestRateLimitPerHour: number;
  /** Mini-program sign-ins per client network per minute: WeChat's quota is the app's, not the client's. */
  wechatRateLimitPerMinute: number;
  /** The check-in writer's own connection and queue (docs/operations.md, Failure modes). */
  checkInWriter: {
    /** Check-ins waiting or being written; past this, 503 with Retry-After. */
    queueLimit: number;
    connectTimeoutMs: number;
    /** Per statement; a batch with no answer for twice this plus a second is given up. */
    statementTimeoutMs: number;
  };
  /** Days a rejected check-in row is kept; its counts in `check_in_stat` stay for good. */
  rejectedCheckInRetentionDays: number;
  /** Seconds after boot of the first sweep of stored answers and rejected rows; hourly after. */
  sweepStartDelaySeconds: number;
  /** Seconds SIGTERM may take: stop accepting, finish check-ins, close the writer, stop the database. */
  shutdownTimeoutSeconds: number;
  /** Which hops may say who the client is (X-Forwarded-For): Fastify's `trustProxy`. */
  trustProxy: boolean | string;
  /** One line per request (id, method, route, status, latency). */
  logRequests: boolean;
  /** `json`: every line a JSON object (pino); `text`: Nest's coloured console, for development. */
  logFormat: 'json' | 'text';
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace';
  /** How often the stats folder looks for new check-ins to fold into the figures; 0: never. */
  statsFoldIntervalMs: number;
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

function rateLimitStore(env: Env, databaseUrl: string | null): 'memory' | 'postgres' {
  return oneOf(
    env,
    'RATE_LIMIT_STORE',
    ['memory', 'postgres'] as const,
    databaseUrl ? 'postgres' : 'memory',
  );
}

/**
 * Demo data creates accounts with a published password: never on a production server unless
 * the operator insists with DEMO_DATA=force.
 */
function demoData(
  env: Env,
  argv: string[],
  embedded: boolean,
): { load: boolean; refused: boolean } {
  const production = env.NODE_ENV === 'production';
  if (env.DEMO_DATA === 'force') return { load: true, refused: false };
  const asked = argv.includes('--demo') || bool(env, 'DEMO_DATA', false);
  if (production && asked) {
    throw new ConfigError(
      'NODE_ENV=production refuses demo data (its accounts have a published password); set DEMO_DATA=force to load it anyway',
    );
  }
  const load = asked || bool(env, 'DEMO_DATA', embedded && !production);
  return { load, refused: production && !load };
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
  if ((!authSecretRaw && !env.AUTH_KEYS) || !qrKeysRaw) {
    if (databaseUrl) {
      throw new ConfigError(
        'AUTH_SECRET and QR_KEYS must be set when DATABASE_URL is set (AUTH_KEYS may stand for AUTH_SECRET; see docs/operations.md)',
      );
    }
    const local = localSecrets(dataDir);
    if (!env.AUTH_KEYS) authSecretRaw ||= local.authSecret;
    qrKeysRaw ||= local.qrKeys;
  }
  const keys = keyList('QR_KEYS', qrKeysRaw, 15);
  const tokenKeys = authKeys(authSecretRaw, env.AUTH_KEYS);
  const demo = demoData(env, argv, !databaseUrl);
  const production = env.NODE_ENV === 'production';
  return {
    port,
    host: env.HOST || '0.0.0.0',
    databaseUrl,
    dataDir,
    embeddedPgPort: int(env, 'EMBEDDED_PG_PORT', 54329, 1024, 65535),
    demoData: demo.load,
    demoRefused: demo.refused,
    publicBaseUrl: url(env, 'PUBLIC_BASE_URL', `http://localhost:${port}`),
    authKeys: tokenKeys,
    authActiveKeyId: activeKey(env, 'AUTH_ACTIVE_KEY_ID', tokenKeys, 255),
    qrKeys: keys,
    qrActiveKeyId: activeKey(env, 'QR_ACTIVE_KEY_ID', keys, 15),
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
    rateLimitStore: rateLimitStore(env, databaseUrl),
    loginRateLimitPerMinute: int(env, 'LOGIN_RATE_LIMIT_PER_MINUTE', 10, 1, 100_000),
    loginAddressRateLimitPerMinute: int(env, 'LOGIN_ADDRESS_RATE_LIMIT_PER_MINUTE', 30, 1, 100_000),
    loginMaxConcurrentHashes: int(env, 'LOGIN_MAX_CONCURRENT_HASHES', 2, 1, 64),
    // A school class behind one venue's Wi-Fi: 200 new guests within two minutes must pass.
    guestRateLimitPerMinute: int(env, 'GUEST_RATE_LIMIT_PER_MINUTE', 200, 1, 100_000),
    guestRateLimitPerHour: int(env, 'GUEST_RATE_LIMIT_PER_HOUR', 2000, 1, 1_000_000),
    wechatRateLimitPerMinute: int(env, 'WECHAT_RATE_LIMIT_PER_MINUTE', 200, 1, 100_000),
    // An offline scan may arrive up to 72 hours late with its key: keep answers beyond that.
    idempotencyRetentionDays: int(env, 'IDEMPOTENCY_RETENTION_DAYS', 7, 4, 3650),
    checkInWriter: {
      queueLimit: int(env, 'CHECK_IN_QUEUE_LIMIT', 2000, 1, 1_000_000),
      connectTimeoutMs: int(env, 'CHECK_IN_CONNECT_TIMEOUT_MS', 5000, 100, 120_000),
      statementTimeoutMs: int(env, 'CHECK_IN_STATEMENT_TIMEOUT_MS', 5000, 100, 120_000),
    },
    rejectedCheckInRetentionDays: int(env, 'REJECTED_CHECK_IN_RETENTION_DAYS', 30, 1, 3650),
    sweepStartDelaySeconds: int(env, 'SWEEP_START_DELAY_SECONDS', 60, 0, 86_400),
    shutdownTimeoutSeconds: int(env, 'SHUTDOWN_TIMEOUT_SECONDS', 25, 1, 600),
    trustProxy: trustProxy(env),
    logRequests: bool(env, 'LOG_REQUESTS', production),
    logFormat: oneOf(env, 'LOG_FORMAT', ['json', 'text'] as const, production ? 'json' : 'text'),
    logLevel: oneOf(
      env,
      'LOG_LEVEL',
      ['fatal', 'error', 'warn', 'info', 'debug', 'trace'] as const,
      'info',
    ),
    statsFoldIntervalMs: int(env, 'STATS_FOLD_INTERVAL_MS', 1000, 0, 60_000),
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
