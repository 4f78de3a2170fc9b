import { test } from 'node:test';
import assert from 'node:assert/strict';
import { QR_TOKEN_LENGTH, QR_TOKEN_PATTERN } from '@xinghuo/shared';
import { tokenFromEntryParams, tokenFromScan } from './check-in-params';

const TOKEN = 'Ab3_dEf-GhIjKlMnOpQr0123456789'.slice(0, QR_TOKEN_LENGTH);

test('the sample token is shaped like a real one', () => {
  assert.match(TOKEN, QR_TOKEN_PATTERN);
});

test('code param from the H5 redirect', () => {
  assert.deepEqual(tokenFromEntryParams({ code: TOKEN }), { token: TOKEN, invalid: false });
});

test('q param holds the URL-encoded printed URL', () => {
  const q = encodeURIComponent(`https://kepu.example.cn/q/${TOKEN}`);
  assert.equal(tokenFromEntryParams({ q }).token, TOKEN);
  assert.equal(tokenFromEntryParams({ q: encodeURIComponent(q) }).token, TOKEN, 'double-encoded');
});

test('scene param from a mini-program code', () => {
  assert.equal(tokenFromEntryParams({ scene: TOKEN }).token, TOKEN);
  assert.equal(tokenFromEntryParams({ scene: encodeURIComponent(`scene=${TOKEN}`) }).token, TOKEN);
});

test('nothing given vs something unusable', () => {
  assert.deepEqual(tokenFromEntryParams({}), { token: null, invalid: false });
  assert.deepEqual(tokenFromEntryParams({ code: '' }), { token: null, invalid: false });
  assert.deepEqual(tokenFromEntryParams({ code: 'hello' }), { token: null, invalid: true });
  assert.deepEqual(tokenFromEntryParams({ q: '%E4%BD%A0' }), { token: null, invalid: true });
});

test('camera scan results', () => {
  assert.equal(tokenFromScan(`https://kepu.example.cn/q/${TOKEN}?from=poster`), TOKEN);
  assert.equal(tokenFromScan('https://weixin.qq.com/somethingelse'), null);
  assert.equal(tokenFromScan(undefined), null);
});
