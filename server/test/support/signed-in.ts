import type { Clock } from '../../src/common/clock';
import { TestApp } from './app';
import { ACCOUNTS } from './fixture';

/**
 * One app for the test file with the fixture's accounts signed in once (their ids are fixed, so
 * the tokens outlive every reset) and the fixture reset before every test.
 */
export function withSignedInApp(
  usernames: readonly string[] = Object.values(ACCOUNTS),
  options: { clock?: Clock; beforeReset?: () => void } = {},
): { t: TestApp; tok: Record<string, string> } {
  const ctx = { tok: {} } as { t: TestApp; tok: Record<string, string> };
  beforeAll(async () => {
    ctx.t = await TestApp.start({}, { clock: options.clock });
    await ctx.t.reset();
    for (const username of usernames) ctx.tok[username] = await ctx.t.login(username);
  });
  afterAll(async () => {
    await ctx.t?.stop();
  });
  beforeEach(async () => {
    options.beforeReset?.();
    await ctx.t.reset();
  });
  return ctx;
}
