import { systemClock } from '../src/common/clock';
import { WxacodeClient } from '../src/posters/wxacode.client';
import { TestApp } from './support/app';

describe('mini-program codes from WeChat (against a local stand-in)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.stop());

  const client = () => new WxacodeClient(t.config, systemClock);

  it('makes a code with the QR token as scene, fetching the access token once for many codes', async () => {
    const wx = client();
    const before = t.wechat.wxacode.tokensIssued;
    const [a, b] = await Promise.all([
      wx.unlimited('EAAAAAEAAAABoer0Z4eEOXCgJg'),
      wx.unlimited('scene-two'),
    ]);
    expect(a.subarray(1, 4).toString()).toBe('PNG');
    expect(b.subarray(1, 4).toString()).toBe('PNG');
    expect(t.wechat.wxacode.tokensIssued - before).toBe(1);
    expect(t.wechat.wxacode.scenes).toEqual(
      expect.arrayContaining(['EAAAAAEAAAABoer0Z4eEOXCgJg', 'scene-two']),
    );
  });

  it('fetches a new access token when WeChat says the cached one expired, once', async () => {
    const wx = client();
    await wx.unlimited('first');
    const issued = t.wechat.wxacode.tokensIssued;
    t.wechat.wxacode.expireTokenOnce = true;
    expect((await wx.unlimited('second')).subarray(1, 4).toString()).toBe('PNG');
    expect(t.wechat.wxacode.tokensIssued).toBe(issued + 1);
  });

  it('answers 503 WECHAT_UNAVAILABLE without credentials or when WeChat refuses', async () => {
    const unconfigured = new WxacodeClient(
      { ...t.config, wechat: { ...t.config.wechat, appId: null } },
      systemClock,
    );
    expect(unconfigured.configured).toBe(false);
    await expect(unconfigured.unlimited('x')).rejects.toMatchObject({ code: 'WECHAT_UNAVAILABLE' });
    await expect(client().unlimited('x'.repeat(33))).rejects.toMatchObject({
      code: 'WECHAT_UNAVAILABLE',
    });
  });
});
