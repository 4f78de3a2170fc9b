import { test } from 'node:test';
import assert from 'node:assert/strict';
import { qrDataUrl, qrMatrix, qrSvg } from './qr-image';

const URL_TEXT = 'https://kepu.example.cn/q/AbCdEfGhIjKlMnOpQrStUvWxYz';

test('the matrix has the three finder patterns a scanner looks for', () => {
  const { size, dark } = qrMatrix(URL_TEXT);
  assert.ok(size >= 21 && (size - 17) % 4 === 0, `a real QR size: ${size}`);
  for (const [r, c] of [
    [0, 0],
    [0, size - 7],
    [size - 7, 0],
  ] as const) {
    assert.ok(dark(r, c) && dark(r + 6, c + 6) && dark(r + 3, c + 3), 'finder corners and centre');
    assert.ok(!dark(r + 1, c + 1), 'finder ring is hollow');
  }
});

test('the SVG is one path with a quiet zone, and both image forms are data URLs', () => {
  const svg = qrSvg(URL_TEXT);
  const size = qrMatrix(URL_TEXT).size;
  assert.match(svg, new RegExp(`viewBox="0 0 ${size + 8} ${size + 8}"`));
  assert.equal(svg.match(/<path /g)?.length, 1);
  assert.match(qrDataUrl(URL_TEXT, 'svg'), /^data:image\/svg\+xml;charset=utf-8,/);
  assert.match(qrDataUrl(URL_TEXT, 'gif'), /^data:image\/gif;base64,/);
});
