import type { Browser, BrowserContext } from 'playwright-core';
import { TestApp } from '../support/app';
import { IDS } from '../support/fixture';
import { H5_DIR, launchBrowser, phoneContext } from './browser';

/** The Content-Security-Policy against the real H5 build: the app must run without a violation. */
describe('the H5 app under its Content-Security-Policy', () => {
  let t: TestApp;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    t = await TestApp.start({ H5_DIR, PUBLIC_BASE_URL: 'http://127.0.0.1' });
    browser = await launchBrowser();
    await t.reset();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });
  beforeEach(async () => {
    context = await phoneContext(browser);
  });
  afterEach(async () => {
    await context.close();
  });

  it.each([
    ['home', '/'],
    ['a trail', `/pages/trail/index?id=${IDS.trailTangshan}`],
    ['the passport', '/pages/passport/index'],
  ])('shows %s with no CSP violation', async (_, path) => {
    const page = await context.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    const response = await page.goto(`${t.baseUrl}${path}`);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.waitForLoadState('networkidle');
    // The app rendered: React mounted something inside #app.
    expect(await page.locator('#app *').count()).toBeGreaterThan(0);
    expect(violations).toEqual([]);
  });

  it('opens a printed /q/{token} link on the check-in page, with no redirect and no CSP violation', async () => {
    const page = await context.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    const token = (await t.codeFor(IDS.cpOpen1)).split('/q/')[1]!;
    const redirects: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 300 && response.status() < 400) redirects.push(response.url());
    });
    await page.goto(`${t.baseUrl}/q/${token}`);
    await page.waitForLoadState('networkidle');
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(
      `/pages/check-in/index?code=${token}`,
    );
    expect(await page.locator('#app *').count()).toBeGreaterThan(0);
    expect(redirects).toEqual([]);
    expect(violations).toEqual([]);
  });
});
