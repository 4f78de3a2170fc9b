import { shutDown } from './shutdown';

const quiet = { log: () => undefined, error: () => undefined };
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

describe('shutDown', () => {
  it('closes the app, then stops the database, and exits 0', async () => {
    const steps: string[] = [];
    const code = await shutDown({
      closeApp: async () => {
        await sleep(10);
        steps.push('app');
      },
      stopDatabase: async () => {
        steps.push('database');
      },
      timeoutMs: 1_000,
      logger: quiet,
    });
    expect(steps).toEqual(['app', 'database']);
    expect(code).toBe(0);
  });

  it('still stops the database when closing the app fails, and exits 1', async () => {
    const stopDatabase = jest.fn(async () => undefined);
    const code = await shutDown({
      closeApp: () => Promise.reject(new Error('close failed')),
      stopDatabase,
      timeoutMs: 1_000,
      logger: quiet,
    });
    expect(stopDatabase).toHaveBeenCalledTimes(1);
    expect(code).toBe(1);
  });

  it('gives up on an app that does not close within the bound, stops the database, exits 1', async () => {
    const stopDatabase = jest.fn(async () => undefined);
    const started = Date.now();
    const code = await shutDown({
      closeApp: () => new Promise<void>(() => undefined),
      stopDatabase,
      timeoutMs: 300,
      logger: quiet,
    });
    expect(Date.now() - started).toBeLessThan(600);
    expect(stopDatabase).toHaveBeenCalledTimes(1);
    expect(code).toBe(1);
  });

  it('keeps to the bound when the database does not stop either', async () => {
    const started = Date.now();
    const code = await shutDown({
      closeApp: () => new Promise<void>(() => undefined),
      stopDatabase: () => new Promise<void>(() => undefined),
      timeoutMs: 300,
      logger: quiet,
    });
    expect(Date.now() - started).toBeLessThan(600);
    expect(code).toBe(1);
  });
});
