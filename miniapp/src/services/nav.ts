import Taro, { useRouter } from '@tarojs/taro';
import {
  PAGES,
  isTabPage,
  pageUrl,
  type PageName,
  type PageParams,
  type ParamsArg,
} from '../lib/routes';

/**
 * Opens a page on top of the current one. Tab pages are switched to instead: WeChat opens them
 * with switchTab only, and they take no params.
 */
export function openPage<P extends PageName>(page: P, ...params: ParamsArg<P>): void {
  const url = pageUrl(page, ...params);
  if (isTabPage(page)) void Taro.switchTab({ url });
  else void Taro.navigateTo({ url });
}

/** Opens a page in place of the current one, so "back" skips the page being left. */
export function replacePage<P extends PageName>(page: P, ...params: ParamsArg<P>): void {
  void Taro.redirectTo({ url: pageUrl(page, ...params) });
}

export const goHome = (): void => openPage('home');
export const goTrails = (): void => openPage('trails');
export const goPassport = (): void => openPage('passport');
export const openVenue = (id: string): void => openPage('venue', { id });
export const openTrail = (id: string): void => openPage('trail', { id });
/** With a scanned token the page checks in at once; without one it shows the scanner. */
export const openCheckIn = (code?: string): void => openPage('checkIn', { code });
export const openCertificate = (trailId: string): void => openPage('certificate', { trailId });
export const openPrivacy = (): void => openPage('privacy');
/** A section of the admin pages, from the side navigation: it replaces the page shown. */
export function openSection(page: PageName): void {
  void Taro.redirectTo({ url: `/${PAGES[page]}` });
}

/** Back to the page below (a drill-down's list), or to a section when opened directly. */
export function goBackOr(page: PageName): void {
  if (Taro.getCurrentPages().length > 1) void Taro.navigateBack();
  else openSection(page);
}

/** Starts the app over at a page, dropping every open one (signing out, a session that ended). */
export function restartAt<P extends PageName>(page: P, ...params: ParamsArg<P>): void {
  void Taro.reLaunch({ url: pageUrl(page, ...params) });
}

/** Starts the app over at home, dropping every open page (after erasing the visitor's data). */
export const restartAtHome = (): void => restartAt('home');

/** The current page's params, typed by page; a param the URL lacks is undefined. */
export function usePageParams<P extends keyof PageParams>(_page: P): Partial<PageParams[P]> {
  return useRouter().params as Partial<PageParams[P]>;
}
