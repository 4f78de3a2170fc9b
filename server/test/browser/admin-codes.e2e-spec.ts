import { readFile } from 'node:fs/promises';
import { ROTATING_QR_PERIOD_SECONDS, rotationSlot, slotEndsAt } from '@xinghuo/shared';
import jsQR from 'jsqr';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { ManualClock, TestApp } from '../support/app';
import { pdfPages, pdfText } from '../support/documents';
import { ACCOUNTS, IDS, PASSWORD } from '../support/fixture';
import { deskContext, dialogConfirm, openAdmin, shot, signIn, type } from './admin';
import { H5_DIR, launchBrowser, phoneContext, screenshot } from './browser';

const PERIOD_MS = ROTATING_QR_PERIOD_SECONDS * 1000;

/** What a phone would read off a page image: the QR code's text. */
function decode(page: { data: Buffer; width: number; height: number }): string | null {
  return jsQR(new Uint8ClampedArray(page.data), page.width, page.height)?.data ?? null;
}

/**
 * The codes staff put in front of visitors: printed posters downloaded from the checkpoint
 * pages, and the rotating-code screen a display link opens. The app's clock is held by the
 * test and the screen's browser clock is driven with it, so a rotation happens on demand.
 */
describe('staff pages: posters and the rotating-code screen', () => {
  const clock = new ManualClock();
  let t: TestApp;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    t = await TestApp.start({ H5_DIR }, { clock });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });
  beforeEach(async () => {
    // A few seconds into a slot, so a rotation is one period away.
    clock.set(slotEndsAt(rotationSlot(Date.now())).getTime() + 5000);
    await t.reset(new Date(clock.now()));
  });
  afterEach(async () => {
    for (const c of contexts.splice(0)) await c.close();
  });

  async function staffPage(): Promise<Page> {
    const context = await deskContext(browser);
    contexts.push(context);
    const page = await context.newPage();
    await signIn(page, t.baseUrl, ACCOUNTS.staffOpen, PASSWORD);
    return page;
  }

  it("downloads a checkpoint's poster whose text names the venue and whose QR opens the checkpoint", async () => {
    const page = await staffPage();
    await openAdmin(
      page,
      t.baseUrl,
      '/pages-staff/checkpoints/index',
      '#checkpoint-table .data-table__row',
    );
    await shot(page, 'checkpoints', 'desk');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator(`[data-poster="${IDS.cpOpen1}"]`).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const pdf = await readFile((await download.path())!);
    expect(await pdfText(pdf)).toContain('开放实验室');
    const [image] = await pdfPages(pdf, 100);
    expect(decode(image!)).toBe(await t.codeFor(IDS.cpOpen1));

    // Every printed-code checkpoint of the venue, one per page.
    await page.locator('#poster-size [data-value="A5"]').click();
    const [all] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('#posters-all').click(),
    ]);
    const pages = await pdfPages(await readFile((await all.path())!), 60);
    const live = await t.count(
      `SELECT count(*) n FROM checkpoint WHERE venue_id = $1 AND qr_mode = 'static'`,
      [IDS.venueOpen],
    );
    expect(pages.length).toBe(live);
  });

  it('warns before revoking printed codes; the old poster stops working', async () => {
    const before = await t.codeFor(IDS.cpOpen2);
    const page = await staffPage();
    await openAdmin(
      page,
      t.baseUrl,
      `/pages-staff/checkpoint/index?id=${IDS.cpOpen2}`,
      '#checkpoint-revoke',
    );
    await page.locator('#checkpoint-revoke').click();
    await page.locator('#revoke-warning', { hasText: '已张贴的二维码海报将全部失效' }).waitFor();
    await shot(page, 'revoke-warning', 'desk');
    await dialogConfirm(page).click();
    await page.locator('#checkpoint-static', { hasText: '第 2 版' }).waitFor({ timeout: 10_000 });
    const visitor = await t.guest();
    const res = await t.checkIn(visitor, { code: before });
    expect([res.status, res.body.error?.code]).toEqual([422, 'QR_REVOKED']);
  });

  it('the rotating screen moves to the next code at the rotation, and the code it shows checks in', async () => {
    const staff = await staffPage();
    await openAdmin(
      staff,
      t.baseUrl,
      `/pages-staff/checkpoint/index?id=${IDS.cpRotating}`,
      '#display-links',
    );
    await type(staff, '#display-link-label', '一楼大厅大屏');
    await staff.locator('#display-link-create').click();
    const link = (await staff
      .locator('#display-link-url')
      .textContent({ timeout: 10_000 }))!.trim();
    await shot(staff, 'display-link-created', 'desk');
    expect(link).toMatch(/\/d\/[\w-]+$/);

    // A TV beside the checkpoint, its clock where the app's is.
    const tv = await browser.newContext({
      viewport: { width: 1920, height: 1080 },
      locale: 'zh-CN',
    });
    contexts.push(tv);
    const screen = await tv.newPage();
    await screen.clock.install({ time: clock.now() });
    await screen.goto(`${t.baseUrl}${new URL(link).pathname}`);
    const shown = screen.locator('#display-code[data-token]');
    await shown.waitFor({ timeout: 15_000 });
    const first = await shown.getAttribute('data-token');
    await screenshot(screen, 'admin-display-screen-tv');

    clock.advance(PERIOD_MS);
    await screen.clock.runFor(PERIOD_MS);
    await screen.waitForFunction(
      (old) => document.querySelector('#display-code')?.getAttribute('data-token') !== old,
      first,
    );
    const second = await shown.getAttribute('data-token');
    expect(second).not.toBe(first);

    // A failed refresh is said on screen while the valid code stays.
    await screen.route('**/api/display/**', (route) => route.abort());
    await screen.clock.runFor(6000);
    await screen.locator('#display-note').waitFor({ timeout: 10_000 });
    expect(await shown.getAttribute('data-token')).toBe(second);
    await screenshot(screen, 'admin-display-screen-offline-tv');

    const phoneCtx = await phoneContext(browser);
    contexts.push(phoneCtx);
    const phone = await phoneCtx.newPage();
    // The phone says when it scanned; its clock agrees with the app's, as real clocks do.
    await phone.clock.setFixedTime(clock.now());
    await phone.goto(`${t.baseUrl}/pages/privacy/index`);
    await phone.evaluate(() =>
      localStorage.setItem('xh.prefs.v1', JSON.stringify({ data: { privacyAccepted: 1 } })),
    );
    // What a phone camera reads off the screen.
    const scanned = decode(PNG.sync.read(await shown.screenshot()));
    expect(scanned).toBe(await shown.getAttribute('data-url'));
    await phone.goto(`${t.baseUrl}${new URL(scanned!).pathname}`);
    await phone.locator('#check-in-result[data-outcome="accepted"]').waitFor({ timeout: 15_000 });
    await phone.locator('#check-in-title', { hasText: '打卡成功' }).waitFor();
  });
});
