import { test } from 'node:test';
import assert from 'node:assert/strict';
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
  assert.ok(!main.some((p) => p.startsWith('pages-staff/')));
  assert.deepEqual(subPackages(), [{ root: 'pages-staff', pages: ['home/index'] }]);
});

test('tab pages live in the main package', () => {
  for (const page of TAB_PAGES) {
    assert.ok(isTabPage(page));
    assert.ok(mainPackagePages().includes(PAGES[page]));
  }
  assert.ok(!isTabPage('venue'));
});
