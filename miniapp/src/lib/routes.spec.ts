import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DISPLAY_PAGE_PATH } from '@xinghuo/shared';
import { PAGES, TAB_PAGES, isTabPage, mainPackagePages, pageUrl, subPackages } from './routes';

test('page URLs carry their params, encoded, and drop empty ones', () => {
  assert.equal(pageUrl('venue', { id: 'v 1' }), '/pages/venue/index?id=v%201');
  assert.equal(pageUrl('checkIn', { code: undefined }), '/pages/check-in/index');
  assert.equal(pageUrl('home'), '/pages/home/index');
});

test('the main package starts at home and leaves sub-package pages out', () => {
  const main = mainPackagePages();
  assert.equal(main[0], PAGES.home);
  assert.ok(main.includes(PAGES.checkIn));
  for (const root of ['pages-staff/', 'pages-organizer/', 'pages-display/']) {
    assert.ok(!main.some((p) => p.startsWith(root)), root);
  }
  const subs = subPackages();
  assert.deepEqual(
    subs.map((p) => p.root),
    ['pages-staff', 'pages-organizer', 'pages-display'],
  );
  assert.ok(subs[0]?.pages.includes('login/index'), 'sign-in is in the staff sub-package');
  assert.ok(subs[1]?.pages.includes('reviews/index'));
  assert.deepEqual(subs[2]?.pages, ['index']);
});

test("the rotating-code screen is where the server's /d/{token} redirects", () => {
  assert.equal(`/${PAGES.display}`, DISPLAY_PAGE_PATH);
  assert.equal(pageUrl('display', { token: 'abc' }), `${DISPLAY_PAGE_PATH}?token=abc`);
});

test('tab pages live in the main package', () => {
  for (const page of TAB_PAGES) {
    assert.ok(isTabPage(page));
    assert.ok(mainPackagePages().includes(PAGES[page]));
  }
  assert.ok(!isTabPage('venue'));
});
