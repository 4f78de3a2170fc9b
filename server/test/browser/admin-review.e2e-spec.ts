import type { Browser, BrowserContext, Page } from 'playwright-core';
import { TestApp } from '../support/app';
import { ACCOUNTS, IDS, PASSWORD } from '../support/fixture';
import { deskContext, dialogConfirm, openAdmin, shot, signIn, type } from './admin';
import { H5_DIR, launchBrowser, phoneContext, screenshot } from './browser';

/**
 * Public content goes live only through review, across the real pages: staff edit, the
 * organizer compares and approves, a visitor sees the result. Staff and organizers at a desk,
 * the other venue's staff and the visitor on phones.
 */
describe('staff and organizer pages: review before publishing', () => {
  let t: TestApp;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    t = await TestApp.start({ H5_DIR });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });
  beforeEach(() => t.reset());
  afterEach(async () => {
    for (const c of contexts.splice(0)) await c.close();
  });

  async function as(username: string, where: 'desk' | 'phone'): Promise<Page> {
    const context = where === 'desk' ? await deskContext(browser) : await phoneContext(browser);
    contexts.push(context);
    const page = await context.newPage();
    await signIn(page, t.baseUrl, username, PASSWORD);
    return page;
  }

  /** A visitor's phone, past the first-use privacy notice. */
  async function visitor(): Promise<Page> {
    const context = await phoneContext(browser);
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${t.baseUrl}/pages/privacy/index`);
    await page.evaluate(() =>
      localStorage.setItem('xh.prefs.v1', JSON.stringify({ data: { privacyAccepted: 1 } })),
    );
    return page;
  }

  it('a science card edited by staff is compared and approved by the organizer, then visitors see it', async () => {
    const added = '焊接机器人每分钟可以完成六十个焊点。';
    const staff = await as(ACCOUNTS.staffOpen, 'desk');
    await openAdmin(
      staff,
      t.baseUrl,
      `/pages-staff/checkpoint/index?id=${IDS.cpOpen1}`,
      '#card-body',
    );
    await type(staff, '#card-body', `焊接机器人的科普知识。${added}`);
    await staff.locator('#checkpoint-submit').click();
    await staff.locator('#revision-notice[data-status="pending"]').waitFor({ timeout: 10_000 });
    await shot(staff, 'checkpoint-submitted', 'desk');

    const organizer = await as(ACCOUNTS.orgTangshan, 'desk');
    await openAdmin(
      organizer,
      t.baseUrl,
      '/pages-organizer/reviews/index',
      '#review-table .data-table__row',
    );
    await organizer.locator('#review-table .data-table__row', { hasText: '焊接机器人' }).click();
    const card = organizer.locator('#review-diff .diff__row[data-field="card"]');
    await card.waitFor({ timeout: 10_000 });
    expect(await card.locator('[data-side="before"]').textContent()).toContain(
      '焊接机器人的科普知识。',
    );
    expect(await card.locator('[data-side="before"]').textContent()).not.toContain(added);
    expect(await card.locator('[data-side="after"]').textContent()).toContain(added);
    expect(await card.locator('[data-side="after"] .diff-add').allTextContents()).toEqual([added]);
    await shot(organizer, 'review-compare', 'desk');
    await organizer.locator('#review-approve').click();
    await dialogConfirm(organizer).click();
    await organizer.locator('#review-detail[data-status="approved"]').waitFor({ timeout: 10_000 });

    const phone = await visitor();
    await phone.goto(`${t.baseUrl}${new URL(await t.codeFor(IDS.cpOpen1)).pathname}`);
    await phone.locator('#check-in-result[data-outcome="accepted"]').waitFor({ timeout: 15_000 });
    await phone.locator('#science-card', { hasText: added }).waitFor({ timeout: 5000 });
    await screenshot(phone, 'admin-visitor-sees-approved-card-phone');
  });

  it('a trail across two venues: proposed, accepted by the other venue, approved, listed under 路线', async () => {
    const proposer = await as(ACCOUNTS.staffOpen, 'desk');
    await openAdmin(proposer, t.baseUrl, '/pages-staff/trail/index', '#trail-proposal');
    await type(proposer, '#trail-name-input', '路南路北机器人之旅');
    await type(proposer, '#trail-description', '从焊接机器人到地震体验，两馆联合。');
    await proposer.locator('#trail-add-stop').click();
    const picker = proposer.locator('#stop-picker');
    for (const [venue, checkpoint] of [
      [IDS.venueOpen, IDS.cpOpen1],
      [IDS.venueHours, IDS.cpHours],
    ] as const) {
      await picker.locator(`[data-venue="${venue}"] .stop-venue__head`).click({ timeout: 10_000 });
      await picker
        .locator(`[data-checkpoint="${checkpoint}"] .link-btn`)
        .click({ timeout: 10_000 });
    }
    await shot(proposer, 'trail-stop-picker', 'desk');
    await proposer.locator('.nut-popup-title-right').filter({ visible: true }).click();
    await proposer.locator('#trail-stops-editor .stop-row').nth(1).waitFor();
    await proposer.locator('#trail-save').click();
    const pendingConsent = `#trail-consents [data-consent="${IDS.venueHours}"][data-status="pending"]`;
    await proposer.locator(pendingConsent).waitFor({ timeout: 10_000 });
    const trailId = new URL(proposer.url()).searchParams.get('id');
    expect(trailId).toBeTruthy();
    expect(await proposer.locator('#trail-submit.nut-button-disabled').count()).toBe(1);

    const other = await as(ACCOUNTS.staffHours, 'phone');
    await openAdmin(other, t.baseUrl, '/pages-staff/trails/index', '#trail-scope');
    await other.locator('#trail-scope [data-value="awaiting"]').click();
    await other.locator(`#trail-table [data-row="${trailId}"]`).click({ timeout: 10_000 });
    await other.locator('#consent-ask').waitFor({ timeout: 10_000 });
    await shot(other, 'trail-consent', 'phone');
    await other.locator('#consent-accept').click();
    await dialogConfirm(other).click();
    await other
      .locator(`#trail-consents [data-consent="${IDS.venueHours}"][data-status="accepted"]`)
      .waitFor({ timeout: 10_000 });

    await proposer.reload();
    await proposer.locator('#trail-submit:not(.nut-button-disabled)').waitFor({ timeout: 10_000 });
    await proposer.locator('#trail-submit').click();
    await dialogConfirm(proposer).click();
    await proposer.locator('#trail-designer[data-status="in_review"]').waitFor({ timeout: 10_000 });

    const organizer = await as(ACCOUNTS.orgTangshan, 'desk');
    await openAdmin(organizer, t.baseUrl, '/pages-organizer/trails/index', '#org-trail-table');
    await organizer.locator(`#org-trail-table [data-row="${trailId}"]`).click({ timeout: 10_000 });
    await organizer.locator('#org-trail-review').click({ timeout: 10_000 });
    await organizer
      .locator('#review-diff .diff__row[data-field="stops"]')
      .waitFor({ timeout: 10_000 });
    await shot(organizer, 'trail-review', 'desk');
    await organizer.locator('#review-approve').click();
    await dialogConfirm(organizer).click();
    await organizer.locator('#review-detail[data-status="approved"]').waitFor({ timeout: 10_000 });

    const phone = await visitor();
    await phone.goto(`${t.baseUrl}/pages/trails/index`);
    await phone
      .locator(`#trail-list .trail-card[data-trail-id="${trailId}"]`, {
        hasText: '路南路北机器人之旅',
      })
      .waitFor({ timeout: 15_000 });
  });
});
