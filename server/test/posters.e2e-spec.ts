import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestApp } from './support/app';
import { ACCOUNTS, IDS } from './support/fixture';

/** Text and page count of a PDF, read with poppler. */
function readPdf(pdf: Buffer): { text: string; pages: number } {
  const file = join(mkdtempSync(join(tmpdir(), 'poster-')), 'p.pdf');
  writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
  const info = execFileSync('pdfinfo', [file]).toString();
  return { text, pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]) };
}

describe('QR posters', () => {
  let t: TestApp;
  const tok: Record<string, string> = {};
  beforeAll(async () => {
    t = await TestApp.start();
    await t.reset();
    for (const u of [ACCOUNTS.staffOpen, ACCOUNTS.orgTangshan, ACCOUNTS.staffShaoguan])
      tok[u] = await t.login(u);
  });
  afterAll(() => t.stop());

  const get = async (path: string, who: string) => {
    const res = await fetch(`${t.baseUrl}${path}`, {
      headers: { authorization: `Bearer ${tok[who]}` },
    });
    return { res, body: Buffer.from(await res.arrayBuffer()) };
  };

  it('renders a checkpoint poster whose text has the venue, the checkpoint and the printed URL', async () => {
    const { res, body } = await get(
      `/api/checkpoints/${IDS.cpOpen1}/poster.pdf?size=A5`,
      ACCOUNTS.staffOpen,
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toContain(encodeURIComponent('开放实验室'));
    const { text, pages } = readPdf(body);
    expect(pages).toBe(1);
    expect(text).toContain('开放实验室');
    expect(text).toContain('焊接机器人');
    expect(text).toContain('测试活动');
    expect(text).toMatch(/https:\/\/kepu\.test\/q\/[A-Za-z0-9_-]{26}/);
  });

  it('renders one page per printed-code checkpoint of a venue, for an organizer above it', async () => {
    const { res, body } = await get(
      `/api/venues/${IDS.venueOpen}/posters.pdf`,
      ACCOUNTS.orgTangshan,
    );
    expect(res.status).toBe(200);
    const { text, pages } = readPdf(body);
    expect(pages).toBe(3);
    for (const name of ['焊接机器人', '视觉检测', '维修中']) expect(text).toContain(name);
    expect(text).not.toContain('大屏互动');
  });

  it('carries the mini-program code with the QR token as scene when asked', async () => {
    const { res, body } = await get(
      `/api/checkpoints/${IDS.cpOpen2}/poster.pdf?code=wxacode`,
      ACCOUNTS.staffOpen,
    );
    expect(res.status).toBe(200);
    const url = /https:\/\/kepu\.test\/q\/([A-Za-z0-9_-]{26})/.exec(readPdf(body).text);
    expect(t.wechat.wxacode.scenes).toContain(url![1]);
  });

  it('refuses staff of another venue, a rotating checkpoint and a bad size', async () => {
    expect(
      (await get(`/api/checkpoints/${IDS.cpOpen1}/poster.pdf`, ACCOUNTS.staffShaoguan)).res.status,
    ).toBe(403);
    expect(
      (await get(`/api/venues/${IDS.venueOpen}/posters.pdf`, ACCOUNTS.staffShaoguan)).res.status,
    ).toBe(403);
    const rotating = await get(`/api/checkpoints/${IDS.cpRotating}/poster.pdf`, ACCOUNTS.staffOpen);
    expect(rotating.res.status).toBe(409);
    expect(JSON.parse(rotating.body.toString()).error.code).toBe('STATE_CONFLICT');
    const bad = await get(`/api/checkpoints/${IDS.cpOpen1}/poster.pdf?size=A3`, ACCOUNTS.staffOpen);
    expect(JSON.parse(bad.body.toString()).error.field).toBe('size');
  });
});
