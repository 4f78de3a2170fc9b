import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { getDataSourceToken } from '@nestjs/typeorm';
import { rotationSlot, type SessionResponse } from '@xinghuo/shared';
import type { DataSource } from 'typeorm';
import { createApp } from '../../src/app';
import { AccountSessions } from '../../src/auth/account-sessions';
import type { DestinationStream } from 'pino';
import { CatalogService } from '../../src/catalog/catalog.service';
import { createLogger } from '../../src/common/logging';
import type { Clock } from '../../src/common/clock';
import { type AppConfig, loadConfig } from '../../src/config/config';
import { encodeQrToken, type QrFields } from '../../src/qr/qr-token';
import { createTestDatabase } from './database';
import { DAY_MS, PASSWORD, resetDatabase } from './fixture';
import { handleWxacode, newWxacodeState, type WxacodeStubState } from './wxacode-stub';

export const TEST_QR_KEYS =
  '1:test-qr-key-one-0123456789abcdefghijkl,2:test-qr-key-two-0123456789abcdefghijkl';

export interface HttpResult<T = any> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

/**
 * A WeChat stand-in. jscode2session: "ok-<x>" → openid "openid-<x>", else WeChat's errcodes
 * (`calls` counts these); the mini-program code endpoints in wxacode-stub.ts.
 */
export async function startWechatStub(): Promise<{
  url: string;
  wxacode: WxacodeStubState;
  close: () => Promise<void>;
  calls: () => number;
}> {
  const wxacode = newWxacodeState();
  let calls = 0;
  const server: Server = createServer((req, res) => {
    if (handleWxacode(req, res, wxacode)) return;
    calls += 1;
    const code = new URL(req.url ?? '/', 'http://stub').searchParams.get('js_code') ?? '';
    res.setHeader('Content-Type', 'text/plain');
    const answer = code.startsWith('ok-')
      ? { openid: `openid-${code.slice(3)}`, session_key: 'secret-session-key' }
      : code === 'ratelimited'
        ? { errcode: 45011, errmsg: 'api minute-quota reach limit' }
        : code === 'busy'
          ? { errcode: -1, errmsg: 'system error' }
          : { errcode: 40029, errmsg: 'invalid code' };
    res.end(JSON.stringify(answer));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    wxacode,
    close: () => new Promise((resolve) => server.close(() => resolve())),
    calls: () => calls,
  };
}

/** The real app over HTTP on its own fresh database. */
export class TestApp {
  private constructor(
    readonly app: NestFastifyApplication,
    readonly config: AppConfig,
    readonly baseUrl: string,
    readonly db: DataSource,
    /** The WeChat stand-in this app talks to; tests read what it was asked. */
    readonly wechat: {
      wxacode: WxacodeStubState;
      close: () => Promise<void>;
      calls: () => number;
    },
  ) {}

  static async start(
    env: Record<string, string> = {},
    /**
     * `logTo`: the app's JSON log lines go there (with LOG_REQUESTS and LOG_FORMAT=json).
     * `via`: routes the app's connections, e.g. through a proxy the test can stall.
     */
    options: { clock?: Clock; logTo?: DestinationStream; via?: (url: string) => string } = {},
  ): Promise<TestApp> {
    const direct = await createTestDatabase();
    const url = options.via ? options.via(direct) : direct;
    const wechat = await startWechatStub();
    const config = loadConfig(
      {
        DATABASE_URL: url,
        AUTH_SECRET: 'test-auth-secret-0123456789abcdefghijklmnop',
        QR_KEYS: TEST_QR_KEYS,
        QR_ACTIVE_KEY_ID: '1',
        PUBLIC_BASE_URL: 'https://kepu.test',
        H5_DIR: '/nonexistent-h5',
        WECHAT_APP_ID: 'wx-test',
        WECHAT_APP_SECRET: 'wx-secret',
        WECHAT_API_BASE: wechat.url,
        LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
        GUEST_RATE_LIMIT_PER_MINUTE: '1000',
        CHECK_IN_RATE_LIMIT_PER_MINUTE: '1000',
        // Tests fold when they mean to (StatsFolder.foldNow); a test of the timer turns it on.
        STATS_FOLD_INTERVAL_MS: '0',
        ...env,
      },
      [],
    );
    const app = await createApp(config, url, {
      logger: false,
      clock: options.clock,
      log: options.logTo ? createLogger(config, options.logTo) : undefined,
    });
    await app.listen(0, '127.0.0.1');
    const { port } = app.getHttpServer().address() as AddressInfo;
    return new TestApp(
      app,
      config,
      `http://127.0.0.1:${port}`,
      app.get<DataSource>(getDataSourceToken()),
      wechat,
    );
  }

  /** Every test starts here: the fixture catalogue and nothing else. */
  async reset(now = new Date()): Promise<void> {
    await resetDatabase(this.db, now);
    this.app.get(AccountSessions).forgetAll();
    await this.app.get(CatalogService).refresh('regions');
  }

  /** A single number from SQL, e.g. `SELECT count(*) n FROM check_in`. */
  async count(sql: string, params: unknown[] = []): Promise<number> {
    const rows = (await this.db.query(sql, params)) as Array<{ n: string | null }>;
    return Number(rows[0]?.n ?? 0);
  }

  /** After a test changes the catalogue behind the app's back. */
  catalogChanged(): Promise<unknown> {
    return this.app.get(CatalogService).refresh('regions');
  }

  async stop(): Promise<void> {
    await this.app.close();
    await this.wechat.close();
  }

  async request<T = any>(
    method: string,
    path: string,
    options: {
      token?: string;
      body?: unknown;
      raw?: string;
      headers?: Record<string, string>;
    } = {},
  ): Promise<HttpResult<T>> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    let body: string | undefined;
    if (options.raw !== undefined) {
      body = options.raw;
      headers['content-type'] ??= 'application/json';
    } else if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers['content-type'] = 'application/json';
    }
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      body,
      redirect: 'manual',
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // Not JSON (SVG, PNG, HTML): the text is the body.
    }
    return { status: response.status, headers: response.headers, body: parsed as T, text };
  }

  async guest(): Promise<string> {
    const res = await this.request<SessionResponse>('POST', '/api/auth/guest');
    return res.body.token;
  }

  async login(username: string): Promise<string> {
    const res = await this.request<SessionResponse>('POST', '/api/auth/login', {
      body: { username, password: PASSWORD },
    });
    if (res.status !== 200) throw new Error(`login ${username} failed: ${res.text}`);
    return res.body.token;
  }

  /** A code as the server would print it, for a checkpoint of the fixture. */
  async codeFor(checkpointId: string, fields: Partial<QrFields> = {}): Promise<string> {
    const [row] = (await this.db.query(
      'SELECT code_no, qr_mode, qr_version FROM checkpoint WHERE id = $1',
      [checkpointId],
    )) as Array<{
      code_no: number;
      qr_mode: 'static' | 'rotating';
      qr_version: number;
    }>;
    if (!row) throw new Error(`no checkpoint ${checkpointId}`);
    const keyId = fields.keyId ?? 1;
    const key = this.config.qrKeys.find((k) => k.id === keyId)!;
    const token = encodeQrToken(
      {
        keyId,
        kind: fields.kind ?? row.qr_mode,
        codeNo: fields.codeNo ?? row.code_no,
        counter:
          fields.counter ??
          (row.qr_mode === 'rotating' ? rotationSlot(Date.now()) : row.qr_version),
      },
      key,
    );
    return `https://kepu.test/q/${token}`;
  }

  checkIn(token: string, body: Record<string, unknown>, key = randomKey()) {
    return this.request('POST', '/api/check-ins', {
      token,
      body,
      headers: { 'idempotency-key': key },
    });
  }
}

let counter = 0;
export function randomKey(): string {
  counter += 1;
  return `k${Date.now().toString(36)}${counter}${Math.random().toString(36).slice(2, 8)}`;
}

/** A clock a test sets by hand: the app sees time move only when the test moves it. */
export class ManualClock implements Clock {
  constructor(private t = Date.now()) {}

  now(): number {
    return this.t;
  }

  set(at: Date | number): void {
    this.t = typeof at === 'number' ? at : at.getTime();
  }

  advance(ms: number): void {
    this.t += ms;
  }
}

/**
 * One app for the test file, the fixture reset before every test and a fresh guest made: the
 * context is filled before each test runs.
 */
export function withTestApp(
  env: Record<string, string> = {},
  options: { clock?: Clock } = {},
): { t: TestApp; visitor: string } {
  const ctx = {} as { t: TestApp; visitor: string };
  beforeAll(async () => {
    ctx.t = await TestApp.start(env, options);
  });
  afterAll(async () => {
    await ctx.t?.stop();
  });
  beforeEach(async () => {
    await ctx.t.reset();
    ctx.visitor = await ctx.t.guest();
  });
  return ctx;
}

/** The latest past instant at HH:MM in Shanghai, at least 5 minutes ago. */
export function lastShanghaiTime(hour: number, minute = 0): Date {
  const now = Date.now();
  const day = new Date(now + 8 * 3_600_000);
  let t = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), hour - 8, minute);
  while (t > now - 5 * 60_000) t -= DAY_MS;
  return new Date(t);
}
