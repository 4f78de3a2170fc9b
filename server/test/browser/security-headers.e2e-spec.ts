import { IDS } from '../support/fixture';
import { useBrowserApp } from './browser';

/** The Content-Security-Policy against the real H5 build: the app must run without a violation. */
describe('the H5 app under its Content-Security-Policy', () => {
  const { app, context } = useBrowserApp();

  it.each([
    ['home', '/'],
    ['a trail', `/pages/trail/index?id=${IDS.trailTangshan}`],
    ['the passport', '/pages/passport/index'],
  ])('shows %s with no CSP violation', async (_, path) => {
    const page = await context().newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    const response = await page.goto(`${app().baseUrl}${path}`);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.waitForLoadState('networkidle');
    // The app rendered: React mounted something inside #app.
    expect(await page.locator('#app *').count()).toBeGreaterThan(0);
    expect(violations).toEqual([]);
  });

  it('opens a printed /q/{token} link on the check-in page, with no redirect and no CSP violation', async () => {
    const t = app();
    const page = await context().newPage();
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
