// Compiles src/lib (pure logic, no Taro) with tsc and runs its specs plus the build checks with
// node's own test runner: no test framework to install, a few seconds end to end.
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const outDir = path.join(root, '.test-dist');

rmSync(outDir, { recursive: true, force: true });
const tsc = spawnSync(
  process.execPath,
  [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.test.json'],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
if (tsc.status !== 0) process.exit(tsc.status ?? 1);

function collect(dir, suffix) {
  let out = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out = out.concat(collect(full, suffix));
    else if (name.endsWith(suffix)) out.push(full);
  }
  return out;
}

const files = [
  ...collect(outDir, '.spec.js'),
  ...collect(path.join(root, 'test'), '.test.mjs'),
].sort();
const run = spawnSync(process.execPath, ['--test', ...files], { cwd: root, stdio: 'inherit' });
// Compiled output is not source: remove it so Prettier/ESLint runs over the tree stay clean.
rmSync(outDir, { recursive: true, force: true });
process.exit(run.status ?? 1);
