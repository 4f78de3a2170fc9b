import { PNG } from 'pngjs';
import { inkShare, pdfFonts, pdfText } from '../../test/support/documents';
import { chartPng, chartSvg, drawChart, type ChartSpec } from './charts';
import { createPdf, pdfBuffer } from './pdf';

const SIZE = { width: 600, height: 280 };

const donut: ChartSpec = {
  kind: 'donut',
  slices: [
    { name: '青少年', value: 52_000 },
    { name: '农民', value: 12_000 },
    { name: '老年人', value: 0 },
  ],
};
const bars: ChartSpec = {
  kind: 'bar',
  horizontal: true,
  categories: ['唐山高新区机器人产业星火馆', '重庆科技馆'],
  values: [52_340, 9_870],
};
const line: ChartSpec = {
  kind: 'line',
  categories: ['9月1日', '9月2日', '9月3日'],
  values: [800, 1_250, 0],
};

describe('charts', () => {
  it('renders Chinese labels and the data values as SVG text, without outlines over them', () => {
    const svg = chartSvg(donut, SIZE);
    expect(svg).toMatch(/^<svg/);
    expect(svg).toContain('青少年');
    expect(svg).toContain('5.2万（81.3%）');
    expect(svg).not.toContain('老年人');
    expect(svg).toContain('Noto Sans SC');
    expect(svg).not.toMatch(/<text[^>]*(paint-order|stroke=)/);

    const barSvg = chartSvg(bars, SIZE);
    expect(barSvg).toContain('唐山高新区机器人产业星火馆');
    expect(barSvg).toContain('5.23万');
    expect(barSvg).toContain('9,870');

    const lineSvg = chartSvg(line, SIZE);
    expect(lineSvg).toContain('1,250');
    expect(lineSvg).toContain('9月2日');
  });

  it('draws into a PDF as vectors with extractable text in the npm font, and restores the font', async () => {
    const doc = createPdf('图表');
    drawChart(doc, chartSvg(donut, SIZE), { x: 40, y: 40, width: 500, height: 233 });
    drawChart(doc, chartSvg(bars, SIZE), { x: 40, y: 300, width: 500, height: 233 });
    // pdfkit keeps the current font privately; the regular weight must be back after svg-to-pdfkit.
    expect((doc as unknown as { _font: { name: string } })._font.name).toBe('NotoSansSC-Regular');
    const pdf = await pdfBuffer(doc);
    const text = (await pdfText(pdf)).replace(/\s+/g, '');
    expect(text).toContain('青少年');
    expect(text).toContain('5.2万');
    expect(text).toContain('唐山高新区机器人产业星火馆');
    expect((await pdfFonts(pdf)).every((f) => f.name.includes('NotoSansSC') && f.embedded)).toBe(
      true,
    );
  });

  it('renders a PNG at the requested scale with its text drawn', async () => {
    const svg = chartSvg(bars, SIZE);
    const png = PNG.sync.read(await chartPng(svg, SIZE, 2));
    expect([png.width, png.height]).toEqual([1200, 560]);
    // The category labels sit in the left third; without a font resvg would leave it empty.
    const labels = new PNG({ width: 300, height: 560 });
    PNG.bitblt(png, labels, 0, 0, 300, 560, 0, 0);
    expect(inkShare(labels)).toBeGreaterThan(0.005);
  });
});
