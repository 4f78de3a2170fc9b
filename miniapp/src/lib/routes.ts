import type { CheckInEntryParams } from './check-in-params';
import type { SignInReason } from './admin-access';
import { buildQuery } from './url';

/**
 * Every page of the app by name: the one place a page path is written. app.config.ts builds the
 * page list, sub-packages and tab bar from it; code navigates through services/nav.ts.
 * The first page is the landing page.
 */
export const PAGES = {
  home: 'pages/home/index',
  trails: 'pages/trails/index',
  passport: 'pages/passport/index',
  me: 'pages/me/index',
  /** Also the target of "扫普通链接二维码" in the mini-program and of /q/{token} in H5. */
  checkIn: 'pages/check-in/index',
  trail: 'pages/trail/index',
  venue: 'pages/venue/index',
  certificate: 'pages/certificate/index',
  privacy: 'pages/privacy/index',
  // Staff and organizers (sub-packages). Sign-in and the password page serve both roles.
  adminLogin: 'pages-staff/login/index',
  adminPassword: 'pages-staff/password/index',
  staffHome: 'pages-staff/home/index',
  staffVenue: 'pages-staff/venue/index',
  staffCheckpoints: 'pages-staff/checkpoints/index',
  staffCheckpoint: 'pages-staff/checkpoint/index',
  staffTrails: 'pages-staff/trails/index',
  staffTrail: 'pages-staff/trail/index',
  staffRevisions: 'pages-staff/revisions/index',
  staffToday: 'pages-staff/today/index',
  staffFigures: 'pages-staff/figures/index',
  organizerHome: 'pages-organizer/home/index',
  organizerReviews: 'pages-organizer/reviews/index',
  organizerReview: 'pages-organizer/review/index',
  organizerTrails: 'pages-organizer/trails/index',
  organizerTrail: 'pages-organizer/trail/index',
  organizerVenues: 'pages-organizer/venues/index',
  organizerVenueNew: 'pages-organizer/venue-new/index',
  organizerAccounts: 'pages-organizer/accounts/index',
  organizerAudit: 'pages-organizer/audit/index',
  organizerFigures: 'pages-organizer/figures/index',
  organizerToday: 'pages-organizer/today/index',
  /** The public rotating-code screen; the server's /d/{token} redirects here (DISPLAY_PAGE_PATH). */
  display: 'pages-display/index',
} as const;

export type PageName = keyof typeof PAGES;

/** The query each page reads. A page missing here takes none. */
export interface PageParams {
  checkIn: CheckInEntryParams;
  trail: { id: string };
  venue: { id: string };
  certificate: { trailId: string };
  /** Why the sign-in page was opened: a session that ended says so instead of a blank page. */
  adminLogin: { reason?: SignInReason };
  /** Organizers open any venue of their subtree; staff always edit their own. */
  staffVenue: { id?: string };
  /** Without an id: a new checkpoint. */
  staffCheckpoint: { id?: string };
  /** Without an id: a new proposal. */
  staffTrail: { id?: string };
  organizerReview: { id: string };
  /** A period (`YYYY-MM-DD`, both included) and a region inside the organizer's: a link to figures. */
  organizerFigures: { from?: string; to?: string; region?: string };
  staffFigures: { from?: string; to?: string };
  organizerTrail: { id: string };
  display: { token?: string };
}

/** Arguments after the page name: the params when the page has any. */
export type ParamsArg<P extends PageName> = P extends keyof PageParams ? [PageParams[P]] : [];

/** Pages in the tab bar, in its order; WeChat opens them with switchTab only. */
export const TAB_PAGES = [
  'home',
  'trails',
  'passport',
  'me',
] as const satisfies readonly PageName[];

/**
 * Folders loaded as sub-packages, so the main package stays small: staff (with the sign-in pages
 * both roles use), organizers, and the public rotating-code screen.
 */
export const SUB_PACKAGE_ROOTS = ['pages-staff', 'pages-organizer', 'pages-display'] as const;

export function isTabPage(page: PageName): boolean {
  return (TAB_PAGES as readonly PageName[]).includes(page);
}

/** In-app URL of a page with its params (Taro's navigation wants them in the string). */
export function pageUrl<P extends PageName>(page: P, ...params: ParamsArg<P>): string {
  const query = params[0] as Record<string, string | undefined> | undefined;
  return `/${PAGES[page]}${buildQuery(query)}`;
}

function rootOf(path: string): string | undefined {
  return SUB_PACKAGE_ROOTS.find((root) => path.startsWith(`${root}/`));
}

/** app.config `pages`: everything outside the sub-packages, landing page first. */
export function mainPackagePages(): string[] {
  return Object.values(PAGES).filter((path) => !rootOf(path));
}

/** app.config `subPackages`: each root with its pages written relative to it. */
export function subPackages(): Array<{ root: string; pages: string[] }> {
  return SUB_PACKAGE_ROOTS.map((root) => ({
    root,
    pages: Object.values(PAGES)
      .filter((path) => rootOf(path) === root)
      .map((path) => path.slice(root.length + 1)),
  }));
}
