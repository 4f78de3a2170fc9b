import type { Page } from 'playwright-core';
import { ManualClock } from '../support/app';
import { DAY_MS } from '../support/fixture';
import { useBrowserApp } from './browser';

/** The H5 app keeps a guest's passport past one token's life by renewing its token. */
describe('visitor session renewal in the H5 app', () => {
  const clock = new ManualClock();
  const { app, context } = useBrowserApp({ clock });

  const stored = (page: Page) =>
    page.evaluate(() => {
      const raw = localStorage.getItem('xh.session.v1');
      const value = raw ? (JSON.parse(raw) as { data?: unknown }) : null;
      return (value?.data ?? value) as { token: string; visitorId: string } | null;
    });

  it('trades a token past half its life for a fresh one for the same visitor', async () => {
    // The guest signed in 16 days ago: the token is past half its 30 days.
    const t = app();
    clock.set(Date.now() - 16 * DAY_MS);
    const page = await context().newPage();
    await page.goto(`${t.baseUrl}/pages/passport/index`);
    await page.waitForLoadState('networkidle');
    const first = await stored(page);
    expect(first?.token).toBeTruthy();

    clock.set(Date.now());
    const refreshed = page.waitForResponse((r) => r.url().endsWith('/api/auth/refresh'));
    await page.goto(`${t.baseUrl}/pages/passport/index`);
    expect((await refreshed).status()).toBe(200);
    await page.waitForLoadState('networkidle');
    const second = await stored(page);
    expect(second?.token).toBeTruthy();
    expect(second?.token).not.toBe(first?.token);
    expect(second?.visitorId).toBe(first?.visitorId);
    expect(await t.count('SELECT count(*) n FROM visitor')).toBe(1);
  });
});
