import { readFile } from 'node:fs/promises';
import { Workbook } from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ManualClock, TestApp } from '../support/app';
import { pdfPages, pdfText, zipEntry } from '../support/documents';
import { ACCOUNTS, IDS, PASSWORD } from '../support/fixture';
import { at, fold, playScenario, type Scenario } from '../support/stats-scenario';
import { deskContext, openAdmin, signIn } from './admin';
import { H5_DIR, launchBrowser, screenshot } from './browser';

const PERIOD = 'from=2025-09-10&to=2025-09-12';
const FIGURES = `/pages-organizer/figures/index?${PERIOD}`;

/**
 * The figures pages on the scenario's hand-counted history (support/stats-scenario.ts): the
 * organizer's dashboard at a desk, drill-down, every download read back, a staff member's own
 * venue, and today's figures moving after a live check-in without a reload.
 */
describe('figures pages', () => {
  const clock = new ManualClock();
  let t: TestApp;
  let s: Scenario;
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
    s = await playScenario(t, clock);
  });
  afterEach(async () => {
    for (const c of contexts.splice(0)) await c.close();
  });

  async function signedIn(username: string): Promise<Page> {
    const context = await deskContext(browser);
    contexts.push(context);
    // The browser lives on the app's day (a session it thought expired would be dropped); its
    // time flows from there.
    await context.clock.install({ time: clock.now() });
    const page = await context.newPage();
    await signIn(page, t.baseUrl, username, PASSWORD);
    return page;
  }

  const headline = (page: Page, key: string) =>
    page.locator(`#figures-headline [data-figure="${key}"] .headline__value`);
  const chartReady = (page: Page, id: string) =>
    page.locator(`[data-chart="${id}"][data-state="ready"]`).waitFor({ timeout: 15_000 });
  /** The dashboard of `scope` has its figures in (not the previous choice's). */
  const showing = (page: Page, scope: string) =>
    page.locator(`#figures[data-scope="${scope}"][data-ready="1"]`).waitFor({ timeout: 15_000 });

  async function download(page: Page, file: string): Promise<Buffer> {
    const started = page.waitForEvent('download', { timeout: 20_000 });
    await page.locator(`#figures-exports [data-file="${file}"]`).click();
    const done = await started;
    const bytes = await readFile((await done.path())!);
    await page
      .locator(`#figures-exports [data-file="${file}"][data-state="done"]`)
      .waitFor({ timeout: 10_000 });
    return bytes;
  }

  it("draws the organizer's charts with the hand-counted figures and drills down a region", async () => {
    const page = await signedIn(ACCOUNTS.orgTangshan);
    await openAdmin(page, t.baseUrl, FIGURES, '#figures[data-ready="1"]');
    await showing(page, '130200');
    for (const id of ['chart-daily', 'chart-hourly', 'chart-regions', 'chart-venues']) {
      await chartReady(page, id);
    }
    // 7 stamps by A, B and D; A's second scan of cpOpen1 repeats; C and D were refused.
    await expect(headline(page, 'checkIns').textContent()).resolves.toBe('7');
    await expect(headline(page, 'uniqueVisitors').textContent()).resolves.toBe('3');
    await expect(headline(page, 'repeats').textContent()).resolves.toBe('1');
    await expect(headline(page, 'rejections').textContent()).resolves.toBe('2');
    await expect(page.locator('#figures-period').textContent()).resolves.toContain('2025年9月10日');
    // The daily line's numbers as a table: on the 10th, A and B stamped 3 times, A repeated, C
    // was refused.
    await page.locator('#chart-daily-mode [data-value="table"]').click();
    const tenth = page.locator('#chart-daily [data-row="2025-09-10"] [role="cell"]');
    await tenth.first().waitFor();
    expect((await tenth.allTextContents()).slice(1, 5)).toEqual(['3', '2', '1', '1']);
    await page.locator('#chart-daily-mode [data-value="chart"]').click();
    await page.locator('#figures-range').scrollIntoViewIfNeeded();
    await screenshot(page, 'figures-organizer-desk');
    await page.locator('#venue-figures').scrollIntoViewIfNeeded();
    await page.locator('#venue-table .data-table__row').first().waitFor();
    await screenshot(page, 'figures-organizer-venues-desk');

    // 路南区: the open lab's six stamps, and the breadcrumb leads back.
    await page.locator('#region-drill [data-region="130202"]').click();
    await showing(page, '130202');
    await expect(headline(page, 'checkIns').textContent()).resolves.toBe('6');
    await expect(page.locator('#venue-table').textContent()).resolves.not.toContain('唐山科技馆');
    await chartReady(page, 'chart-venues');
    await screenshot(page, 'figures-drilldown-desk');
    await page.locator('#region-path [data-region="130200"]').click();
    await showing(page, '130200');
    await expect(headline(page, 'checkIns').textContent()).resolves.toBe('7');
  });

  it('downloads every output, one click each, with the dashboard’s totals', async () => {
    const page = await signedIn(ACCOUNTS.orgTangshan);
    await openAdmin(page, t.baseUrl, FIGURES, '#figures[data-ready="1"]');
    await showing(page, '130200');

    const pdf = await download(page, 'report-pdf');
    const text = await pdfText(pdf);
    expect(text).toContain('唐山市');
    expect(text.replace(/\s+/g, '')).toContain('累计打卡7人次');
    expect((await pdfPages(pdf, 50)).length).toBeGreaterThan(1);

    const docx = await download(page, 'report-docx');
    const xml = await zipEntry(docx, 'word/document.xml');
    expect(xml).toContain('唐山市');
    expect(xml).toContain('累计打卡7人次');

    const book = new Workbook();
    await book.xlsx.load((await download(page, 'figures-xlsx')) as unknown as ArrayBuffer);
    const rows = book.worksheets[0]!.getSheetValues() as unknown[][];
    const totals = rows.findIndex((r) => Array.isArray(r) && r[1] === '【总体】');
    // Check-ins, visitors, repeats, rejections as on the headline tiles.
    expect(rows[totals + 2]!.slice(1, 5)).toEqual([7, 3, 1, 2]);

    const csv = await download(page, 'figures-csv');
    expect(csv.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));

    const raw = await download(page, 'check-ins-csv');
    expect(raw.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    // A header and one line per stamp.
    expect(raw.toString('utf8').trim().split('\r\n')).toHaveLength(1 + 7);

    const checkIns = new Workbook();
    await checkIns.xlsx.load((await download(page, 'check-ins-xlsx')) as unknown as ArrayBuffer);
    expect(checkIns.worksheets[0]!.actualRowCount).toBe(1 + 7);
    await expect(page.locator('#export-status .is-failed').count()).resolves.toBe(0);
  });

  it('says in Chinese when the server is busy with other check-in exports', async () => {
    const page = await signedIn(ACCOUNTS.orgTangshan);
    await openAdmin(page, t.baseUrl, FIGURES, '#figures[data-ready="1"]');
    await page.route('**/api/exports/check-ins.csv*', (route) =>
      route.fulfill({
        status: 429,
        headers: { 'retry-after': '10', 'content-type': 'application/json' },
        body: JSON.stringify({
          error: { code: 'RATE_LIMITED', message: '操作太频繁，请稍后再试' },
        }),
      }),
    );
    await page.locator('#figures-exports [data-file="check-ins-csv"]').click();
    const line = page.locator('#export-status .is-failed[data-file="check-ins-csv"]');
    await line.waitFor({ timeout: 10_000 });
    await expect(line.textContent()).resolves.toContain('正在生成的导出文件较多，请10秒后再试');
  });

  it('shows a staff member only their own venue', async () => {
    const page = await signedIn(ACCOUNTS.staffOpen);
    await openAdmin(
      page,
      t.baseUrl,
      `/pages-staff/figures/index?${PERIOD}`,
      '#figures[data-ready="1"]',
    );
    await showing(page, IDS.venueOpen);
    await chartReady(page, 'chart-hourly');
    await expect(headline(page, 'checkIns').textContent()).resolves.toBe('6');
    const text = (await page.locator('#figures').textContent()) ?? '';
    for (const other of ['唐山科技馆', '韶关', '路北区']) expect(text).not.toContain(other);
    await expect(page.locator('#region-drill').count()).resolves.toBe(0);
    await screenshot(page, 'figures-staff-desk');
  });

  it("moves today's figures after a live check-in, without a reload", async () => {
    const page = await signedIn(ACCOUNTS.orgTangshan);
    await openAdmin(page, t.baseUrl, '/pages-organizer/today/index', '#today[data-ready="1"]');
    const tile = page.locator('#today-tiles [data-figure="checkIns"] .headline__value');
    const before = Number(await tile.getAttribute('data-value'));
    let navigations = 0;
    page.on('framenavigated', () => navigations++);

    clock.set(at('2025-09-12T10:10:00'));
    const res = await t.checkIn(s.tokens.a, { code: await t.codeFor(IDS.cpOpen2) });
    expect(res.status).toBe(201);
    await fold(t);
    await page
      .locator(`#today-tiles [data-figure="checkIns"] .headline__value[data-value="${before + 1}"]`)
      .waitFor({ timeout: 25_000 });
    expect(navigations).toBe(0);
    await screenshot(page, 'figures-today-desk');
  });
});
