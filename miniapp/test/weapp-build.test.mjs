// Checks the built mini-program (dist/weapp, made by `pnpm build:weapp`) against what WeChat's
// upload and review need. Skipped when no build exists, so unit tests stay fast on their own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', 'dist', 'weapp');
// The route table as scripts/test.mjs compiled it: the build must match the source of truth.
const { PAGES, TAB_PAGES, mainPackagePages } = createRequire(import.meta.url)(
  path.resolve(here, '..', '.test-dist', 'lib', 'routes.js'),
);
const appJsonPath = path.join(root, 'app.json');
const built = existsSync(appJsonPath);
// WeChat's limits: 2 MB for the main package and for each sub-package.
const PACKAGE_LIMIT = 2 * 1024 * 1024;

function sizeOf(dir) {
  let total = 0;
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    const st = statSync(full);
    total += st.isDirectory() ? sizeOf(full) : st.size;
  }
  return total;
}

const app = built ? JSON.parse(readFileSync(appJsonPath, 'utf8')) : null;

test(
  'app.json lists the visitor pages and the tab bar',
  { skip: !built && 'dist/weapp not built' },
  () => {
    for (const page of mainPackagePages()) {
      assert.ok(app.pages.includes(page), `${page} in pages`);
    }
    assert.equal(app.pages[0], PAGES.home, 'home is the landing page');
    // WeChat's "扫普通链接二维码" rule names this path (miniapp/README.md): renaming it is a release step.
    assert.ok(app.pages.includes('pages/check-in/index'), 'check-in page path');
    assert.deepEqual(
      app.tabBar.list.map((t) => [t.pagePath, t.text]),
      TAB_PAGES.map((page, i) => [PAGES[page], ['首页', '路线', '护照', '我的'][i]]),
    );
    for (const item of app.tabBar.list) {
      for (const icon of [item.iconPath, item.selectedIconPath]) {
        const file = path.join(root, icon);
        assert.ok(existsSync(file), `${icon} exists`);
        assert.ok(statSync(file).size <= 40 * 1024, `${icon} within WeChat's 40 KB icon limit`);
      }
    }
  },
);

test('every page was emitted', { skip: !built && 'dist/weapp not built' }, () => {
  const pages = [
    ...app.pages,
    ...(app.subPackages ?? []).flatMap((p) => p.pages.map((page) => `${p.root}/${page}`)),
  ];
  for (const page of pages) {
    for (const ext of ['js', 'json', 'wxml']) {
      assert.ok(existsSync(path.join(root, `${page}.${ext}`)), `${page}.${ext}`);
    }
  }
});

test(
  'map marker icons are real files in the package',
  { skip: !built && 'dist/weapp not built' },
  () => {
    for (const icon of ['assets/map/pin.png', 'assets/map/pin-done.png']) {
      assert.ok(existsSync(path.join(root, icon)), icon);
    }
  },
);

test(
  'staff, organizer and display pages live in sub-packages',
  { skip: !built && 'dist/weapp not built' },
  () => {
    assert.ok(Array.isArray(app.subPackages) && app.subPackages.length > 0, 'subPackages present');
    for (const root of ['pages-staff', 'pages-organizer', 'pages-display']) {
      const sub = app.subPackages.find((p) => p.root === root);
      assert.ok(sub, `${root} sub-package`);
      assert.ok(sub.pages.length > 0, 'a sub-package must have pages');
    }
    for (const p of app.subPackages) {
      assert.ok(
        !app.pages.some((page) => page.startsWith(`${p.root}/`)),
        `${p.root} not in main pages`,
      );
    }
  },
);

test(
  'location and privacy declarations for WeChat review',
  { skip: !built && 'dist/weapp not built' },
  () => {
    assert.ok(app.requiredPrivateInfos.includes('getLocation'));
    const desc = app.permission?.['scope.userLocation']?.desc;
    assert.equal(typeof desc, 'string');
    assert.ok(
      desc.length > 0 && desc.length <= 30,
      'permission text present and within 30 characters',
    );
    assert.equal(app.__usePrivacyCheck__, true);
  },
);

test('main package is well under 2 MB', { skip: !built && 'dist/weapp not built' }, () => {
  const subRoots = new Set((app.subPackages ?? []).map((p) => p.root.replace(/\/$/, '')));
  let main = 0;
  for (const name of readdirSync(root)) {
    if (subRoots.has(name)) continue;
    const full = path.join(root, name);
    const st = statSync(full);
    main += st.isDirectory() ? sizeOf(full) : st.size;
  }
  console.log(`weapp main package: ${(main / 1024).toFixed(1)} KB`);
  assert.ok(main < PACKAGE_LIMIT, `main package ${main} bytes < 2 MB`);
  assert.ok(main < PACKAGE_LIMIT * 0.75, 'keeps a quarter of the limit free for growth');
});

test('each sub-package is well under 2 MB', { skip: !built && 'dist/weapp not built' }, () => {
  for (const { root: subRoot } of app.subPackages) {
    const size = sizeOf(path.join(root, subRoot));
    console.log(`weapp sub-package ${subRoot}: ${(size / 1024).toFixed(1)} KB`);
    assert.ok(size < PACKAGE_LIMIT, `${subRoot} ${size} bytes < 2 MB`);
    assert.ok(size < PACKAGE_LIMIT * 0.75, `${subRoot} keeps a quarter of the limit free`);
  }
});

function scriptsOf(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return scriptsOf(full);
    return name.endsWith('.js') ? [full] : [];
  });
}

test('ECharts stays in the sub-packages', { skip: !built && 'dist/weapp not built' }, () => {
  // An ECharts export, so minifying keeps the name.
  const echarts = (file) => readFileSync(file, 'utf8').includes('getInstanceByDom');
  const subRoots = new Set(app.subPackages.map((p) => p.root.replace(/\/$/, '')));
  const main = readdirSync(root)
    .filter((name) => !subRoots.has(name))
    .flatMap((name) => {
      const full = path.join(root, name);
      return statSync(full).isDirectory() ? scriptsOf(full) : name.endsWith('.js') ? [full] : [];
    });
  assert.deepEqual(main.filter(echarts), [], 'no ECharts in the main package');
  for (const sub of ['pages-staff', 'pages-organizer']) {
    assert.ok(scriptsOf(path.join(root, sub)).some(echarts), `${sub} carries its charts`);
  }
});
