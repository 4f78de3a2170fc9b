import type { Browser, BrowserContext, Page } from 'playwright-core';
import { TestApp } from '../support/app';
import { IDS } from '../support/fixture';
import { H5_DIR, launchBrowser, phoneContext, screenshot } from './browser';

/** Where the app keeps scans waiting to be sent (miniapp/src/lib/offline-queue.ts). */
const QUEUE_STORAGE_KEY = 'xh.checkin-queue.v1';

/** The visitor app as a person uses it: the H5 build, the real server, real PostgreSQL, Chromium. */
describe('visitor app in a browser', () => {
  let t: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  /** The first-use privacy notice is answered once per browser context. */
  let privacyAccepted: boolean;

  beforeAll(async () => {
    t = await TestApp.start({ H5_DIR, PUBLIC_BASE_URL: 'http://127.0.0.1' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });
  beforeEach(async () => {
    await t.reset();
    context = await phoneContext(browser);
    page = await context.newPage();
    privacyAccepted = false;
  });
  afterEach(async () => {
    await context.close();
  });

  /** Opens a path; the first time in a context, accepts the privacy notice that must show. */
  async function open(path: string): Promise<void> {
    await page.goto(`${t.baseUrl}${path}`);
    if (privacyAccepted) return;
    await page.locator('#privacy-agree-btn').click();
    await page.locator('#privacy-gate').waitFor({ state: 'hidden' });
    privacyAccepted = true;
  }

  /** Waits until the element holds the text; fails with both in the message. */
  async function hasText(selector: string, text: string, timeout = 5000): Promise<void> {
    try {
      await page.locator(selector, { hasText: text }).first().waitFor({ timeout });
    } catch {
      const actual = await page
        .locator(selector)
        .first()
        .textContent({ timeout: 1000 })
        .catch(() => null);
      throw new Error(`${selector} never showed "${text}"; it shows: ${actual ?? '(nothing)'}`);
    }
  }

  /** Switches tabs the way a visitor does, by the tab bar. */
  async function tab(label: string): Promise<void> {
    await page.locator('.weui-tabbar__item', { hasText: label }).click();
  }

  /** From now on, the status of every answered check-in request. */
  function watchCheckIns(): { answered: number[] } {
    const seen = { answered: [] as number[] };
    page.on('response', (res) => {
      const req = res.request();
      if (req.method() === 'POST' && new URL(req.url()).pathname === '/api/check-ins') {
        seen.answered.push(res.status());
      }
    });
    return seen;
  }

  /** The printed URL's path, as a phone camera would open it. */
  async function scanPath(checkpointId: string): Promise<string> {
    return new URL(await t.codeFor(checkpointId)).pathname;
  }

  it('opens the home page with the campaign, trails and the scan button', async () => {
    await open('/');
    await hasText('#campaign-hero', '测试活动', 10_000);
    await page.locator('#scan-button').waitFor();
    await screenshot(page, '01-home');
    // Location is asked for with a reason, only when the visitor chooses to share it.
    await page.locator('#use-location').click();
    await page.locator('.taro-modal__foot', { hasText: '允许' }).getByText('允许').click();
    await hasText('#nearby-venues', '开放实验室', 10_000);
    await page.locator('#nearby-venues').scrollIntoViewIfNeeded();
    await screenshot(page, '01-home-nearby');
  });

  it("recommends the trails of the visitor's area first", async () => {
    await context.setGeolocation({ latitude: 24.81, longitude: 113.6 });
    await open('/');
    await hasText('#featured-trails', '唐山智造之旅', 10_000);
    await page.locator('#use-location').click();
    await page.locator('.taro-modal__foot', { hasText: '允许' }).getByText('允许').click();
    await hasText('#nearby-venues', '韶关科技馆', 10_000);
    await page
      .locator('#featured-trails .trail-card')
      .first()
      .filter({ hasText: '韶关防雷路线' })
      .waitFor({ timeout: 10_000 });
    expect(await page.locator('#featured-trails .trail-card').count()).toBe(2);
  });

  it("browses to a trail, shows its stops in order, and opens a stop's venue", async () => {
    await open('/pages/trails/index');
    const card = page.locator(`#trail-list .trail-card[data-trail-id="${IDS.trailTangshan}"]`);
    await card.waitFor({ timeout: 10_000 });
    await screenshot(page, '02-trails');
    await card.click();
    await hasText('#trail-name', '唐山智造之旅', 10_000);
    await hasText('#trail-stops', '焊接机器人');
    await hasText('#trail-progress-count', '0/3');
    await screenshot(page, '03-trail');
    await page.locator('#trail-stops .stop').first().click();
    await hasText('#venue-name', '开放实验室', 10_000);
    await hasText('#venue-checkpoints', '焊接机器人');
    await screenshot(page, '03-venue');
  });

  it('checks in from a printed code: 打卡成功, the card and its question, then a repeat scan', async () => {
    const path = await scanPath(IDS.cpOpen1);
    await open(path);
    await page.locator('#check-in-result[data-outcome="accepted"]').waitFor({ timeout: 15_000 });
    await hasText('#check-in-title', '打卡成功');
    await hasText('#science-card', '焊接机器人');
    await screenshot(page, '04-check-in-success');
    await page.locator('#science-quiz .science-card__option').nth(1).click();
    await page.locator('#science-answer').waitFor();
    await hasText('#science-answer', '因为乙');
    // Judged by the server: the card arrived without its answer.
    expect(await t.count(`SELECT count(*) n FROM check_in_answer WHERE correct`)).toBe(1);

    await open(path);
    await page.locator('#check-in-result[data-outcome="repeat"]').waitFor({ timeout: 15_000 });
    await hasText('#check-in-result', '今日已打卡');
    expect(
      await t.count(`SELECT count(*) n FROM check_in WHERE checkpoint_id = $1`, [IDS.cpOpen1]),
    ).toBe(1);
  });

  it('explains a forged code in plain Chinese', async () => {
    await open('/q/AAAAAAAAAAAAAAAAAAAAAAAAAA');
    await page.locator('#check-in-result[data-outcome="rejected"]').waitFor({ timeout: 15_000 });
    await hasText('#check-in-message', '不是有效的打卡码');
    await screenshot(page, '05-check-in-forged');
  });

  it('keeps a scan made offline and sends it exactly once when back online', async () => {
    await open('/');
    // The passport tab is loaded (and stays mounted) before the scan: it must catch up afterwards.
    await tab('护照');
    await hasText('#stamp-count', '0', 10_000);
    await tab('首页');
    await page.locator('#scan-button').waitFor({ timeout: 10_000 });
    // The check-in page's code must be in the browser before the network goes.
    await page.locator('html[data-offline-ready]').waitFor({ state: 'attached', timeout: 10_000 });
    const sent = watchCheckIns();
    const url = await t.codeFor(IDS.cpOpen2);
    await context.setOffline(true);
    await page.locator('#scan-button').click();
    await page.locator('#scan-manual-input input').fill(url);
    await page.locator('#scan-manual-submit').click();
    await hasText('body', '已保存，联网后自动提交', 15_000);
    await screenshot(page, '06-offline-queued');
    expect(await t.count(`SELECT count(*) n FROM check_in`)).toBe(0);

    await context.setOffline(false);
    await page.locator('#check-in-result[data-outcome="accepted"]').waitFor({ timeout: 30_000 });
    // Nothing left to send: no later retry can add a second check-in.
    await page.waitForFunction(
      (key) => (JSON.parse(localStorage.getItem(key) ?? '{}').data ?? []).length === 0,
      QUEUE_STORAGE_KEY,
    );
    expect(sent.answered).toEqual([201]);
    expect(
      await t.count(`SELECT count(*) n FROM check_in WHERE checkpoint_id = $1`, [IDS.cpOpen2]),
    ).toBe(1);
    expect(await t.count(`SELECT count(*) n FROM idempotency_record`)).toBe(1);

    await page.locator('.nut-button', { hasText: '查看我的护照' }).click();
    await hasText('#stamp-count', '1', 10_000);
  });

  it('shows the passport and draws a certificate for a finished trail', async () => {
    await open(await scanPath(IDS.cpShaoguan));
    await page.locator('#check-in-result[data-outcome="accepted"]').waitFor({ timeout: 15_000 });
    await open(await scanPath(IDS.cpOpen1));
    await page.locator('#check-in-result[data-outcome="accepted"]').waitFor({ timeout: 15_000 });

    await open('/pages/passport/index');
    await hasText('#stamp-count', '2', 10_000);
    await hasText('#finished-trails', '韶关防雷路线');
    await screenshot(page, '07-passport');

    await page.locator('#finished-trails .pp-done').first().click();
    await page.locator('#certificate-name input').fill('小明');
    const image = page.locator('#certificate-image');
    await image.waitFor({ timeout: 15_000 });
    await page.locator('#certificate-image[src^="data:image/png"]').waitFor();
    await page.waitForFunction(() => {
      const img = document.querySelector<HTMLImageElement>('#certificate-image img');
      return !!img && img.complete && img.naturalWidth > 0;
    });
    await screenshot(page, '08-certificate');
  });

  it('enlarges text and tap targets in 长辈模式', async () => {
    await open('/pages/me/index');
    await page.locator('#elder-mode-switch').waitFor({ timeout: 10_000 });
    const save = page.locator('#save-profile');
    const before = await save.boundingBox();
    const fontBefore = await save.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    await page.locator('#elder-mode-switch').click();
    await page.locator('html.elder-mode').waitFor({ state: 'attached' });
    const after = await save.boundingBox();
    const fontAfter = await save.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(fontAfter).toBeGreaterThan(fontBefore);
    expect(after!.height).toBeGreaterThan(before!.height);
    await screenshot(page, '09-me-elder-mode');
  });

  it('asks before erasing, over the whole screen, and keeps everything on 再想想', async () => {
    await open('/pages/me/index');
    await page.locator('#delete-data').click();
    await page.getByText('确认删除全部数据？').waitFor({ timeout: 10_000 });
    // The dimmed layer must cover the tab bar too, or a tap there would leave the page behind it.
    const onTabBar = await page.evaluate(() => {
      const el = document.elementFromPoint(window.innerWidth / 2, window.innerHeight - 10);
      return !el || el.closest('.taro-tabbar__tabbar') !== null;
    });
    expect(onTabBar).toBe(false);
    await screenshot(page, '10-me-delete-confirm');
    await page.locator('.nut-dialog-footer taro-button-core', { hasText: '再想想' }).click();
    await page.getByText('确认删除全部数据？').waitFor({ state: 'hidden', timeout: 10_000 });
    expect(await page.locator('#delete-data').isVisible()).toBe(true);
    await page.locator('.taro-tabbar__tabbar').waitFor({ state: 'visible', timeout: 10_000 });
  });
});
