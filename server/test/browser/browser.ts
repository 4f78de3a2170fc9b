import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../src/bench/chromium';
import type { Clock } from '../../src/common/clock';
import { TestApp } from '../support/app';

export const H5_DIR = resolve(__dirname, '../../../miniapp/dist/h5');
export const SCREENSHOT_DIR = resolve(__dirname, '../../../artifacts/screenshots');

const CHROMIUM = CHROMIUM_PATH;

/** Debian's Chromium, launched the way this sandbox allows (no sandbox, no background networking). */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(join(H5_DIR, 'index.html'))) {
    throw new Error(`No H5 build in ${H5_DIR}: run "pnpm build" first (pnpm test does)`);
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `No Chromium at ${CHROMIUM}: apt-get install chromium (.ci/run does), or set CHROMIUM_PATH`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_FLAGS,
  });
}

/** A phone: 390×844 at 3×, touch, Chinese locale, in Tangshan (so "nearby" means something). */
export function phoneContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    geolocation: { latitude: 39.63, longitude: 118.18 },
    permissions: ['geolocation'],
  });
}

/**
 * Waits until nothing on the page is still moving: page transitions, sheets opening or closing,
 * the stamp landing, charts drawing. Endless animations (the scan line, a pulsing dot) never
 * finish and are left out. Call it once the state to look at is on screen.
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
  );
  // Charts animate in script, not CSS: each says when its drawing is done.
  await page.waitForFunction(() =>
    Array.from(document.querySelectorAll('[data-chart]')).every(
      (c) => c.getAttribute('data-state') === 'ready',
    ),
  );
}

/** A screenshot of what the visitor ends up seeing, once the page has settled. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await settled(page);
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: false });
}

/**
 * For one test file: the real app serving the H5 build, one Chromium, and a fresh phone context
 * per test, each test starting from the fixture.
 */
export function useBrowserApp(options: { clock?: Clock } = {}): {
  app: () => TestApp;
  context: () => BrowserContext;
} {
  let app: TestApp | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  beforeAll(async () => {
    app = await TestApp.start({ H5_DIR, PUBLIC_BASE_URL: 'http://127.0.0.1' }, options);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });
  beforeEach(async () => {
    await app!.reset();
    context = await phoneContext(browser!);
  });
  afterEach(async () => {
    await context?.close();
  });
  return { app: () => app!, context: () => context! };
}
