import jsQR from 'jsqr';
import * as QRCode from 'qrcode';
import type { PNG } from 'pngjs';
import { pdfFonts, pdfPages, pdfPageSizes, pdfText } from '../../test/support/documents';
import { POSTER_PAGE, renderPosters, type PosterInput, type PosterSize } from './poster';

const URL_A = 'https://kepu.example.cn/q/AAAAAAAAAAAAAAAAAAAAAAAAAA';
const URL_B = 'https://kepu.example.cn/q/BBBBBBBBBBBBBBBBBBBBBBBBBB';
const DPI = 150;
const CM_PER_INCH = 2.54;

function poster(over: Partial<PosterInput> = {}): PosterInput {
  return {
    venueName: '唐山高新区机器人产业星火馆',
    checkpointName: '工业机器人展区',
    campaignName: '2025年全国科普月',
    shortUrl: URL_A,
    code: { text: URL_A },
    ...over,
  };
}

/** The code jsQR finds on a rendered page, and its printed width from the corners it reports. */
function scan(page: PNG): { text: string; widthCm: number } | null {
  const found = jsQR(new Uint8ClampedArray(page.data), page.width, page.height, {
    inversionAttempts: 'dontInvert',
  });
  if (!found) return null;
  const { topLeftCorner: a, topRightCorner: b } = found.location;
  const px = Math.hypot(b.x - a.x, b.y - a.y);
  return { text: found.data, widthCm: (px / DPI) * CM_PER_INCH };
}

describe('renderPosters', () => {
  it.each<PosterSize>(['A4', 'A5'])(
    'prints a %s poster whose code scans to the checkpoint URL and is at least 6 cm wide',
    async (size) => {
      const pdf = await renderPosters([poster()], size);

      const [page] = await pdfPageSizes(pdf);
      expect(page!.width).toBeCloseTo(POSTER_PAGE[size].width, 0);
      expect(page!.height).toBeCloseTo(POSTER_PAGE[size].height, 0);

      const text = await pdfText(pdf);
      for (const words of [
        '唐山高新区机器人产业星火馆',
        '工业机器人展区',
        '2025年全国科普月',
        '扫码打卡',
        '微信扫一扫',
        URL_A,
      ]) {
        expect(text.replace(/\s+/g, '')).toContain(words.replace(/\s+/g, ''));
      }

      const [image] = await pdfPages(pdf, DPI);
      const code = scan(image!);
      expect(code?.text).toBe(URL_A);
      expect(code!.widthCm).toBeGreaterThanOrEqual(6);
    },
  );

  it('puts each checkpoint on its own page, in order', async () => {
    const pdf = await renderPosters(
      [poster(), poster({ checkpointName: '航天展区', shortUrl: URL_B, code: { text: URL_B } })],
      'A5',
    );
    expect(await pdfPageSizes(pdf)).toHaveLength(2);
    const pages = await pdfPages(pdf, DPI);
    expect(pages.map((p) => scan(p)?.text)).toEqual([URL_A, URL_B]);
    expect(await pdfText(pdf)).toMatch(/工业机器人展区[\s\S]*航天展区/);
  });

  it('carries a ready-made code image (the mini-program code) at the same size', async () => {
    const png = await QRCode.toBuffer(URL_B, { width: 430, margin: 0 });
    const pdf = await renderPosters([poster({ code: { png } })], 'A4');
    const code = scan((await pdfPages(pdf, DPI))[0]!);
    expect(code?.text).toBe(URL_B);
    expect(code!.widthCm).toBeGreaterThanOrEqual(6);
    expect(await pdfText(pdf)).toContain('小程序码');
  });

  it('keeps very long names on the page and embeds only the npm font', async () => {
    const pdf = await renderPosters(
      [
        poster({
          venueName:
            '内蒙古自治区巴彦淖尔市磴口县沙金套海苏木现代农牧业科技示范园区科普教育基地暨科技小院',
          checkpointName: '黄河水利与荒漠化防治科普长廊第三展厅互动体验区（请从北门进入）',
        }),
      ],
      'A5',
    );
    expect(await pdfPageSizes(pdf)).toHaveLength(1);
    expect((await pdfText(pdf)).replace(/\s+/g, '')).toContain('磴口县沙金套海苏木');
    const fonts = await pdfFonts(pdf);
    expect(fonts.every((f) => /NotoSansSC-(Regular|Bold)$/.test(f.name) && f.embedded)).toBe(true);
    expect(scan((await pdfPages(pdf, DPI))[0]!)?.text).toBe(URL_A);
  });

  it('refuses an empty list rather than printing an empty file', async () => {
    await expect(renderPosters([], 'A4')).rejects.toThrow(RangeError);
  });
});
