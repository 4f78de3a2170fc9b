import { ConfigError, loadConfig } from './config';

const base = {
  DATABASE_URL: 'postgres://u:p@localhost/db',
  AUTH_SECRET: 'a'.repeat(32),
  QR_KEYS: `1:${'b'.repeat(32)},2:${'c'.repeat(32)}`,
};

describe('loadConfig', () => {
  it('reads a valid environment with defaults', () => {
    const config = loadConfig(base, []);
    expect(config).toMatchObject({
      port: 3000,
      demoData: false,
      qrActiveKeyId: 2,
      publicBaseUrl: 'http://localhost:3000',
    });
    expect(config.qrKeys.map((k) => k.id)).toEqual([1, 2]);
  });

  it('trusts X-Forwarded-For only from this host and private networks unless told otherwise', () => {
    expect(loadConfig(base, []).trustProxy).toBe('loopback,linklocal,uniquelocal');
    expect(loadConfig({ ...base, TRUST_PROXY: 'false' }, []).trustProxy).toBe(false);
    expect(loadConfig({ ...base, TRUST_PROXY: '10.1.2.3, 172.16.0.0/12,::1' }, []).trustProxy).toBe(
      '10.1.2.3, 172.16.0.0/12,::1',
    );
  });

  it('loads demo data on a given database only when asked', () => {
    expect(loadConfig({ ...base, DEMO_DATA: '1' }, []).demoData).toBe(true);
    expect(loadConfig(base, ['node', 'main.js', '--demo']).demoData).toBe(true);
  });

  it('takes AUTH_SECRET as signing key 0, or a list of keys with an active one', () => {
    const single = loadConfig(base, []);
    expect(single.authKeys).toEqual([{ id: 0, secret: Buffer.from('a'.repeat(32)) }]);
    expect(single.authActiveKeyId).toBe(0);
    const rotated = loadConfig(
      { ...base, AUTH_SECRET: '', AUTH_KEYS: `0:${'a'.repeat(32)},1:${'d'.repeat(32)}` },
      [],
    );
    expect(rotated.authKeys.map((k) => k.id)).toEqual([0, 1]);
    expect(rotated.authActiveKeyId).toBe(1);
    expect(
      loadConfig({ ...base, AUTH_KEYS: `3:${'d'.repeat(32)}`, AUTH_ACTIVE_KEY_ID: '3' }, [])
        .authKeys,
    ).toEqual([
      { id: 0, secret: Buffer.from('a'.repeat(32)) },
      { id: 3, secret: Buffer.from('d'.repeat(32)) },
    ]);
  });

  describe('demo data in production', () => {
    const embedded = { AUTH_SECRET: 'a'.repeat(32), QR_KEYS: `1:${'b'.repeat(32)}` };

    it('loads no demo accounts with NODE_ENV=production, even on the embedded database', () => {
      expect(loadConfig({ ...embedded, DATA_DIR: '/tmp/x' }, []).demoData).toBe(true);
      const production = loadConfig(
        { ...embedded, DATA_DIR: '/tmp/x', NODE_ENV: 'production' },
        [],
      );
      expect(production.demoData).toBe(false);
      expect(production.demoRefused).toBe(true);
    });

    it('refuses DEMO_DATA=1 and --demo in production unless forced', () => {
      expect(() => loadConfig({ ...base, NODE_ENV: 'production', DEMO_DATA: '1' }, [])).toThrow(
        /DEMO_DATA=force/,
      );
      expect(() =>
        loadConfig({ ...base, NODE_ENV: 'production' }, ['node', 'main', '--demo']),
      ).toThrow(/DEMO_DATA=force/);
      const forced = loadConfig({ ...base, NODE_ENV: 'production', DEMO_DATA: 'force' }, []);
      expect(forced).toMatchObject({ demoData: true, demoRefused: false });
    });
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT/],
    [{ PORT: '70000' }, /PORT/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL/],
    [{ PUBLIC_BASE_URL: 'ftp://x' }, /PUBLIC_BASE_URL/],
    [{ AUTH_SECRET: 'short' }, /AUTH_SECRET/],
    [{ AUTH_SECRET: '' }, /AUTH_SECRET and QR_KEYS must be set/],
    [{ QR_KEYS: 'nokey' }, /QR_KEYS/],
    [{ QR_KEYS: `16:${'b'.repeat(32)}` }, /QR_KEYS/],
    [{ QR_KEYS: `1:${'b'.repeat(32)},1:${'c'.repeat(32)}` }, /twice/],
    [{ QR_ACTIVE_KEY_ID: '3' }, /QR_ACTIVE_KEY_ID/],
    [{ AUTH_KEYS: `x:${'d'.repeat(32)}` }, /AUTH_KEYS/],
    [{ AUTH_KEYS: `1:short` }, /AUTH_KEYS key 1/],
    [{ AUTH_KEYS: `0:${'d'.repeat(32)}` }, /AUTH_KEYS has key id 0/],
    [{ AUTH_ACTIVE_KEY_ID: '4' }, /AUTH_ACTIVE_KEY_ID/],
    [{ DEMO_DATA: 'maybe' }, /DEMO_DATA/],
    [{ TRUST_PROXY: 'yes' }, /TRUST_PROXY/],
    [{ TRUST_PROXY: '10.0.0.0/33' }, /TRUST_PROXY/],
    [{ TRUST_PROXY: '10.0.0.0/8/1' }, /TRUST_PROXY/],
    [{ GUEST_RATE_LIMIT_PER_MINUTE: '0' }, /GUEST_RATE_LIMIT_PER_MINUTE/],
  ])('refuses %j with a clear message', (override, message) => {
    expect(() => loadConfig({ ...base, ...override }, [])).toThrow(ConfigError);
    expect(() => loadConfig({ ...base, ...override }, [])).toThrow(message);
  });
});
