import { Resvg } from '@resvg/resvg-js';
import { PNG } from 'pngjs';
import { inkShare, pdfFonts, pdfText } from '../../test/support/documents';
import { CJK_FONT_FAMILY, CJK_FONT_FILES, cjkFonts, PDF_FONT, RESVG_FONT } from './font';
import { createPdf, pdfBuffer } from './pdf';

/** Place names with GB2312 level-2 characters, the ones incomplete CJK webfonts lack. */
const RARE = '磴口 犍为 濉溪 亳州 儋州 衢州 邳州 婺源 黟县 涪陵 蠡县 鄄城 崂山 砀山 郯城';

describe('CJK font', () => {
  it('comes from the npm package, both weights, with every character the documents need', () => {
    for (const path of Object.values(CJK_FONT_FILES)) {
      expect(path).toMatch(/node_modules\/.*@expo-google-fonts\/noto-sans-sc\/.*\.ttf$/);
    }
    const { regular, bold } = cjkFonts();
    expect(regular.postscriptName).toBe('NotoSansSC-Regular');
    expect(bold.postscriptName).toBe('NotoSansSC-Bold');
    expect(regular.familyName).toBe(CJK_FONT_FAMILY);
    const text = `${RARE}微信扫一扫手机相机扫码集印章学科普活动总结０１２３４５６７８９万％（）：`;
    const missing = [...text].filter(
      (c) => c.trim() && !regular.hasGlyphForCodePoint(c.codePointAt(0)!),
    );
    expect(missing).toEqual([]);
  });

  it('is parsed once per process', () => {
    expect(cjkFonts()).toBe(cjkFonts());
  });

  it('is the only font in a PDF, embedded, and its text extracts', async () => {
    const doc = createPdf('字体');
    doc.font(PDF_FONT.regular).fontSize(14).text(RARE);
    doc.font(PDF_FONT.bold).text('活动总结');
    const pdf = await pdfBuffer(doc);
    const fonts = await pdfFonts(pdf);
    expect(fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual([
      'NotoSansSC-Bold',
      'NotoSansSC-Regular',
    ]);
    expect(fonts.every((f) => f.embedded)).toBe(true);
    const text = await pdfText(pdf);
    expect(text).toContain('磴口');
    expect(text).toContain('活动总结');
  });

  it('draws SVG text in resvg from our file alone, and nothing without it', () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="60">
      <text x="10" y="42" font-family="${CJK_FONT_FAMILY}" font-size="32">扫码打卡</text></svg>`;
    const ink = (font: typeof RESVG_FONT) =>
      inkShare(PNG.sync.read(new Resvg(svg, { font, background: '#fff' }).render().asPng()));
    expect(ink(RESVG_FONT)).toBeGreaterThan(0.05);
    expect(ink({ ...RESVG_FONT, fontFiles: [] })).toBe(0);
  });
});
