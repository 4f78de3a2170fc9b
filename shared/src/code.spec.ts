import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractQrToken, qrCodeKind, rotationSlot, slotEndsAt } from './code';

const token = 'EAAAAAEAAAABoer0Z4eEOXCgJg';

describe('extractQrToken', () => {
  it('reads printed URLs, bare tokens and mini-program scenes', () => {
    assert.equal(extractQrToken(token), token);
    assert.equal(extractQrToken(`https://kepu.example.cn/q/${token}`), token);
    assert.equal(extractQrToken(` http://localhost:3000/q/${token}?from=poster `), token);
    assert.equal(extractQrToken(`pages/check-in/index?scene=${token}`), token);
    assert.equal(extractQrToken(`scene=${encodeURIComponent(token)}`), token);
  });

  it('returns null for anything else', () => {
    for (const text of [
      '',
      'hello',
      'https://example.com/',
      '/q/short',
      `/q/${token}extra-chars-too-long`,
      'scene=%E0%A4%A',
    ]) {
      assert.equal(extractQrToken(text), null, text);
    }
  });
});

describe('rotation slots', () => {
  it('numbers 30-second slots and says when each ends', () => {
    assert.equal(rotationSlot(0), 0);
    assert.equal(rotationSlot(29_999), 0);
    assert.equal(rotationSlot(new Date(30_000)), 1);
    assert.equal(slotEndsAt(1).getTime(), 60_000);
  });
});

describe('qrCodeKind', () => {
  // First byte [key id:4 | kind:4]: 0x10 is key 1 printed, 0x11 key 1 rotating, 0xF1 key 15 rotating.
  const printed = token;
  const rotating = 'EQAAAAcDhETAAAAAAAAAAAAAAA';
  const rotatingKey15 = '8QAAAAcDhETAAAAAAAAAAAAAAA';

  it('reads the kind from the first byte of the token, wherever the scan carries it', () => {
    assert.equal(qrCodeKind(printed), 'static');
    assert.equal(qrCodeKind(`https://kepu.example.cn/q/${rotating}`), 'rotating');
    assert.equal(qrCodeKind(`pages/checkin/index?scene=${rotatingKey15}`), 'rotating');
  });

  it('is null for anything that is not a token, or a kind no server writes', () => {
    assert.equal(qrCodeKind('hello'), null);
    assert.equal(qrCodeKind('EgAAAAcDhETAAAAAAAAAAAAAAA'), null); // kind bits 2
  });
});
