import { mkdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { pdfPages, pdfText } from '../support/documents';
import { createTestDatabase } from '../support/database';
import { callServer, type ServerProcess, startServerProcess } from '../support/server-process';
import { VIEWPORTS, contextFor, openAdmin, shot, signIn, type, type Viewport } from './admin';
import { H5_DIR, SCREENSHOT_DIR, launchBrowser, screenshot } from './browser';

const PASSWORD = 'kepu2025';

/**
 * Every staff and organizer page on the demo data, at a desk and on a phone, saved as
 * screenshots (artifacts/screenshots/admin-*), plus the ways a session ends up somewhere
 * sensible: signed out, expired, the wrong role, a password to change first.
 * Needs the built server: `pnpm --filter server build`.
 */
describe('staff and organizer pages on the demo data', () => {
  let server: ServerProcess;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startServerProcess(await createTestDatabase(), { DEMO_DATA: '1', H5_DIR });
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  afterEach(async () => {
    for (const c of contexts.splice(0)) await c.close();
  });

  async function newPage(viewport: Viewport): Promise<Page> {
    const context = await contextFor(browser, viewport);
    contexts.push(context);
    return context.newPage();
  }

  const token = async (username: string, password = PASSWORD) =>
    (await callServer(server, 'POST', '/api/auth/login', undefined, { username, password })).body
      .token as string;

  async function signedIn(username: string, viewport: Viewport): Promise<Page> {
    const page = await newPage(viewport);
    await signIn(page, server.url, username, PASSWORD);
    return page;
  }

  const open = (page: Page, path: string, ready: string) =>
    openAdmin(page, server.url, path, ready);
  const row = (table: string) => `${table} .data-table__row`;

  describe.each(VIEWPORTS)('at %s size', (viewport) => {
    it('organizer pages', async () => {
      const page = await signedIn('demo-organizer', viewport);
      await shot(page, 'organizer-home', viewport);
      if (viewport === 'phone') {
        await page.locator('#admin-menu').click();
        await page.locator('.admin-drawer #admin-nav').waitFor();
        await shot(page, 'nav-drawer', viewport);
      }
      await open(page, '/pages-organizer/reviews/index', row('#review-table'));
      await shot(page, 'reviews', viewport);
      await page.locator(row('#review-table'), { hasText: '场馆信息' }).first().click();
      await page.locator('#review-diff .diff__row').first().waitFor({ timeout: 10_000 });
      await shot(page, 'review-venue', viewport);
      await page.locator('#review-return').click();
      await page.locator('#review-comment').waitFor();
      await shot(page, 'review-return-dialog', viewport);

      await open(page, '/pages-organizer/trails/index', row('#org-trail-table'));
      await shot(page, 'organizer-trails', viewport);
      await page.locator(row('#org-trail-table')).first().click();
      await page.locator('#org-trail-consents').waitFor({ timeout: 10_000 });
      await shot(page, 'organizer-trail', viewport);

      await open(page, '/pages-organizer/venues/index', row('#venue-table'));
      await shot(page, 'venues', viewport);
      await page.locator(row('#venue-table')).first().click();
      await page.locator('#venue-editor').waitFor({ timeout: 10_000 });
      await shot(page, 'organizer-venue-editor', viewport);
      await open(page, '/pages-organizer/venue-new/index', '#venue-new-form');
      await shot(page, 'venue-new', viewport);

      await open(page, '/pages-organizer/accounts/index', row('#account-table'));
      await shot(page, 'accounts', viewport);
      await page.locator('#account-new').click();
      await page.locator('#account-form').waitFor();
      await shot(page, 'account-new', viewport);

      await open(page, '/pages-organizer/audit/index', row('#audit-table'));
      await shot(page, 'audit', viewport);
    });

    it('staff pages', async () => {
      const page = await signedIn('demo-staff', viewport);
      await shot(page, 'staff-home', viewport);
      await open(page, '/pages-staff/venue/index', '#venue-editor');
      await shot(page, 'venue-editor', viewport);
      // Hours switched on: a row per weekday, and the part says what is unsaved.
      await page.locator('#hours-limited').click();
      await page.locator('#venue-hours-editor [data-day="sun"]').waitFor();
      await page.locator('#venue-settings-panel').scrollIntoViewIfNeeded();
      await shot(page, 'venue-settings', viewport);
      await open(page, '/pages-staff/checkpoints/index', row('#checkpoint-table'));
      await shot(page, 'staff-checkpoints', viewport);
      await page.locator(row('#checkpoint-table')).first().click();
      await page.locator('#checkpoint-card-panel').waitFor({ timeout: 10_000 });
      await shot(page, 'checkpoint-editor', viewport);
      await open(page, '/pages-staff/checkpoint/index', '#checkpoint-card-panel');
      await page.locator('#question-toggle').click();
      await shot(page, 'checkpoint-new', viewport);
      await open(page, '/pages-staff/trails/index', row('#trail-table'));
      await shot(page, 'staff-trails', viewport);
      await page.locator(row('#trail-table')).first().click();
      await page.locator('#trail-designer').waitFor({ timeout: 10_000 });
      await shot(page, 'staff-trail', viewport);
      await open(page, '/pages-staff/trail/index', '#trail-proposal');
      await shot(page, 'trail-new', viewport);
      await open(page, '/pages-staff/revisions/index', '#revision-table');
      await shot(page, 'revisions', viewport);
      await open(page, '/pages-staff/password/index', '#password-form');
      await shot(page, 'password', viewport);
    });

    it('figures pages on the demo history', async () => {
      const september = 'from=2025-09-01&to=2025-09-30';
      const drawn = (page: Page, id: string) =>
        page.locator(`[data-chart="${id}"][data-state="ready"]`).waitFor({ timeout: 15_000 });
      // A server just started folds the demo history first; the page says so and looks again.
      const figures = async (page: Page, path: string) => {
        await open(page, `${path}?${september}`, '#figures[data-ready="1"]');
        await page.locator('#figures-folding').waitFor({ state: 'detached', timeout: 60_000 });
        await page
          .locator(
            '#figures-headline [data-figure="checkIns"] .headline__value:not([data-value="0"])',
          )
          .waitFor({ timeout: 15_000 });
      };
      const page = await signedIn('demo-organizer', viewport);
      await figures(page, '/pages-organizer/figures/index');
      for (const id of ['chart-daily', 'chart-hourly', 'chart-regions', 'chart-kinds']) {
        await drawn(page, id);
      }
      await screenshot(page, `figures-demo-organizer-${viewport}`);
      if (viewport === 'desk') {
        // The month's report as the organizer gets it, its pages kept as images to look at.
        const started = page.waitForEvent('download', { timeout: 30_000 });
        await page.locator('#figures-exports [data-file="report-pdf"]').click();
        const pdf = await readFile((await (await started).path())!);
        expect(await pdfText(pdf)).toContain('唐山市');
        const pages = await pdfPages(pdf, 60);
        mkdirSync(SCREENSHOT_DIR, { recursive: true });
        pages.forEach((png, i) =>
          writeFileSync(
            join(SCREENSHOT_DIR, `figures-demo-report-p${i + 1}.png`),
            PNG.sync.write(png),
          ),
        );
      }
      for (const id of ['chart-venues', 'chart-audience', 'chart-funnel', 'chart-learning']) {
        await page.locator(`#${id}`).scrollIntoViewIfNeeded();
        await drawn(page, id);
        await screenshot(page, `figures-demo-${id.slice(6)}-${viewport}`);
      }
      await open(page, '/pages-organizer/today/index', '#today[data-ready="1"]');
      await screenshot(page, `figures-demo-today-${viewport}`);

      const staff = await signedIn('demo-staff', viewport);
      await figures(staff, '/pages-staff/figures/index');
      await drawn(staff, 'chart-daily');
      await screenshot(staff, `figures-demo-staff-${viewport}`);
    });

    it('sign-in, an expired session and a page of the wrong role lead somewhere sensible', async () => {
      const page = await newPage(viewport);
      await open(page, '/pages-staff/login/index', '#login-submit');
      await shot(page, 'login', viewport);
      await type(page, '#login-username', 'demo-staff');
      await type(page, '#login-password', 'wrong-password');
      await page.locator('#login-submit').click();
      await page.locator('#login-error').waitFor();

      // A session the server no longer accepts: back to sign-in, saying why.
      await page.evaluate(() =>
        localStorage.setItem(
          'xh.admin-session.v1',
          JSON.stringify({
            data: {
              token: 'not-a-valid-token',
              expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
              role: 'staff',
              accountId: 'x',
              displayName: '员工',
              venueId: null,
              regionCode: null,
              mustChangePassword: false,
            },
          }),
        ),
      );
      await page.goto(`${server.url}/pages-staff/venue/index`);
      await page.locator('#login-reason', { hasText: '登录已失效' }).waitFor({ timeout: 15_000 });
      await shot(page, 'login-expired', viewport);

      await signIn(page, server.url, 'demo-staff', PASSWORD);
      await page.goto(`${server.url}/pages-organizer/reviews/index`);
      await page.locator('#admin-denied', { hasText: '活动组织方' }).waitFor({ timeout: 10_000 });
      await shot(page, 'wrong-role', viewport);
      await page.locator('#admin-denied .nut-button', { hasText: '返回我的工作台' }).click();
      await page.locator('#task-tiles').waitFor({ timeout: 10_000 });

      if (viewport === 'phone') await page.locator('#admin-menu').click();
      await page.locator('#nav-sign-out').filter({ visible: true }).first().click();
      await page.locator('#login-reason', { hasText: '您已安全退出' }).waitFor({ timeout: 10_000 });
    });

    it('a password set by an organizer must be changed at first sign-in', async () => {
      const organizer = await token('demo-organizer');
      const venues = await callServer(server, 'GET', '/api/admin/venues?pageSize=1', organizer);
      const username = `first-${viewport}`;
      const created = await callServer(server, 'POST', '/api/accounts', organizer, {
        role: 'staff',
        username,
        displayName: '新同事',
        venueId: venues.body.items[0].id,
      });
      expect(created.status).toBe(201);
      const temporary = created.body.temporaryPassword as string;

      const page = await newPage(viewport);
      await open(page, '/pages-staff/login/index', '#login-submit');
      await type(page, '#login-username', username);
      await type(page, '#login-password', temporary);
      await page.locator('#login-submit').click();
      await page.locator('#password-form .notice', { hasText: '首次登录需修改密码' }).waitFor({
        timeout: 15_000,
      });
      // Nothing else opens until the password is changed.
      await page.goto(`${server.url}/pages-staff/checkpoints/index`);
      await page.locator('#password-form').waitFor({ timeout: 10_000 });
      await shot(page, 'password-first', viewport);
      await type(page, '#password-current', temporary);
      await type(page, '#password-new', 'new-secret-2025');
      await type(page, '#password-repeat', 'new-secret-2025');
      await page.locator('#password-submit').click();
      await page.locator('#task-tiles').waitFor({ timeout: 15_000 });
      expect(await token(username, 'new-secret-2025')).toBeTruthy();
    });
  });

  it('the rotating-code screen on a tablet', async () => {
    const staff = await token('demo-staff');
    const list = await callServer(server, 'GET', '/api/staff/checkpoints', staff);
    const rotating = (list.body.items as Array<{ id: string; qrMode: string }>).find(
      (c) => c.qrMode === 'rotating',
    );
    const link = await callServer(
      server,
      'POST',
      `/api/checkpoints/${rotating!.id}/display-links`,
      staff,
      {
        label: '展台平板',
      },
    );
    const page = await newPage('phone');
    await page.goto(`${server.url}${new URL(link.body.url as string).pathname}`);
    await page.locator('#display-code[data-token]').waitFor({ timeout: 15_000 });
    await shot(page, 'display-screen', 'phone');
  });
});
