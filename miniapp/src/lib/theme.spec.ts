import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { COLORS, withAlpha } from './theme';

// Compiled to .test-dist/lib: the sources are two folders up.
const SRC = path.resolve(__dirname, '..', '..', 'src');
const TOKENS = path.join(SRC, 'styles', '_tokens.scss');

const camel = (kebab: string): string =>
  kebab.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());

function scssColors(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of readFileSync(TOKENS, 'utf8').matchAll(/^\$c-([a-z0-9-]+):\s*([^;]+);/gm)) {
    out[camel(m[1] ?? '')] = (m[2] ?? '').trim().toLowerCase();
  }
  return out;
}

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full, ext) : ext.test(name) ? [full] : [];
  });
}

test('the TS theme and the SCSS tokens hold the same colours', () => {
  const scss = scssColors();
  assert.ok(Object.keys(scss).length > 10, 'tokens found');
  assert.deepEqual(
    Object.fromEntries(Object.entries(COLORS).map(([k, v]) => [k, v.toLowerCase()])),
    scss,
  );
});

test('colours are written only in the tokens', () => {
  const literal = /#[0-9a-fA-F]{3,8}\b|rgba?\(\s*\d/;
  const offenders = [
    ...files(SRC, /\.scss$/).filter((f) => f !== TOKENS),
    ...files(SRC, /\.tsx?$/).filter((f) => !/[/\\]lib[/\\]theme(\.spec)?\.ts$/.test(f)),
  ].filter((f) => literal.test(readFileSync(f, 'utf8')));
  assert.deepEqual(
    offenders.map((f) => path.relative(SRC, f)),
    [],
  );
});

test('alpha is appended as two hex digits', () => {
  assert.equal(withAlpha('#e4572e', 0.8), '#e4572ecc');
  assert.equal(withAlpha('#000000', 0), '#00000000');
  assert.equal(withAlpha('#ffffff', 2), '#ffffffff');
});
