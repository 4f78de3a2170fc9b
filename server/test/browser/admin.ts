import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { phoneContext, screenshot } from './browser';

/** The staff and organizer pages are tried at a desk and on a phone. */
export type Viewport = 'desk' | 'phone';
export const VIEWPORTS: readonly Viewport[] = ['desk', 'phone'];

/** A desktop browser: 1280×800, Chinese locale, China time. */
export function deskContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
}

export function contextFor(browser: Browser, viewport: Viewport): Promise<BrowserContext> {
  return viewport === 'desk' ? deskContext(browser) : phoneContext(browser);
}

/** Signs in through 我的 → 工作人员登录's page and waits for the workbench. */
export async function signIn(page: Page, baseUrl: string, username: string, password: string) {
  await page.goto(`${baseUrl}/pages-staff/login/index`);
  await page.locator('#login-username input').fill(username);
  await page.locator('#login-password input').fill(password);
  await page.locator('#login-submit').click();
  await page.locator('#admin-page[data-role] #task-tiles').waitFor({ timeout: 15_000 });
}

/** Opens an admin page by path and waits for something on it. */
export async function openAdmin(page: Page, baseUrl: string, path: string, ready: string) {
  await page.goto(`${baseUrl}${path}`);
  await page.locator(ready).first().waitFor({ timeout: 15_000 });
}

/** The confirm button of the dialog on screen (NutUI keeps closed ones in the page). */
export function dialogConfirm(page: Page): Locator {
  return page.locator('.nut-dialog-footer-ok').filter({ visible: true });
}

/** Types into a Taro Input/Textarea (the real element is inside the component). */
export async function type(page: Page, selector: string, text: string): Promise<void> {
  const field = page.locator(`${selector} input, ${selector} textarea`).first();
  await field.fill(text);
}

/** A screenshot named for the page and the viewport: admin-<name>-desk.png / -phone.png. */
export function shot(page: Page, name: string, viewport: Viewport): Promise<void> {
  return screenshot(page, `admin-${name}-${viewport}`);
}
