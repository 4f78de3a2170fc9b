import { formatCount, formatInteger } from '@xinghuo/shared';
import {
  inkShare,
  pdfFonts,
  pdfPages,
  pdfPageSizes,
  pdfText,
  zipEntries,
  zipEntry,
} from '../../test/support/documents';
import { reportContent } from './activity-report.content';
import { renderActivityReportDocx } from './activity-report.docx';
import { renderActivityReportPdf } from './activity-report.pdf';
import type { ActivityReportData } from './activity-report.types';
import { sampleActivityReport } from './report-sample';

const flat = (text: string) => text.replace(/\s+/g, '');

describe('activity report', () => {
  let data: ActivityReportData;
  let pdf: Buffer;
  let docx: Buffer;

  beforeAll(async () => {
    data = sampleActivityReport(30, 30);
    [pdf, docx] = await Promise.all([
      renderActivityReportPdf(data),
      renderActivityReportDocx(data),
    ]);
  });

  it('PDF: A4 pages whose text has the region, the campaign, the dates and the total', async () => {
    const sizes = await pdfPageSizes(pdf);
    expect(sizes.length).toBeGreaterThanOrEqual(5);
    for (const size of sizes)
      expect([Math.round(size.width), Math.round(size.height)]).toEqual([595, 842]);

    const text = flat(await pdfText(pdf));
    expect(text).toContain('河北省');
    expect(text).toContain('2025年全国科普月');
    expect(text).toContain('2025年9月1日至9月30日');
    expect(text).toContain(formatCount(data.figures.checkIns));
    expect(text).toContain(formatInteger(data.figures.checkIns));
    for (const heading of [
      '总体情况',
      '活动亮点',
      '参与趋势',
      '场馆与人群',
      '分地区情况',
      '分场馆情况',
      '主题路线完成情况',
      '科普答题情况',
    ]) {
      expect(text).toContain(heading);
    }
    expect(text).toContain(flat(data.venues.at(-1)!.name));
    expect(text).toContain('第1页共');
  });

  it('PDF: every page is drawn in the npm font and nothing runs off into blank pages', async () => {
    const fonts = await pdfFonts(pdf);
    expect(fonts.every((f) => /NotoSansSC-(Regular|Bold)$/.test(f.name) && f.embedded)).toBe(true);
    const pages = await pdfPages(pdf, 30);
    for (const page of pages) expect(inkShare(page)).toBeGreaterThan(0.0005);
  });

  it('DOCX: the document carries the headline, the tables and one PNG per chart', async () => {
    const xml = await zipEntry(docx, 'word/document.xml');
    expect(xml).toContain('活动总结');
    expect(xml).toContain('河北省');
    expect(xml).toContain('打卡人次');
    expect(xml).toContain(formatCount(data.figures.checkIns));
    expect(xml).toContain(data.venues[0]!.name);
    const charts = reportContent(data).blocks.filter((b) => b.kind === 'chart').length;
    expect((await zipEntries(docx)).filter((e) => /^word\/media\/.+\.png$/.test(e))).toHaveLength(
      charts,
    );
  });

  it('DOCX: Chinese text is set in an East Asian font and tagged zh-CN by default', async () => {
    const styles = await zipEntry(docx, 'word/styles.xml');
    const defaults = /<w:docDefaults>[\s\S]*<\/w:docDefaults>/.exec(styles)?.[0] ?? '';
    expect(defaults).toMatch(/<w:rFonts [^>]*w:eastAsia="微软雅黑"/);
    expect(defaults).toMatch(/<w:lang [^>]*w:eastAsia="zh-CN"/);
  });

  it('marks estimated figures with 约 and explains them', async () => {
    const text = flat(
      await pdfText(await renderActivityReportPdf({ ...data, approximate: ['visitors'] })),
    );
    expect(text).toContain(`约${formatCount(data.figures.visitors)}`);
    expect(text).toContain('标注"约"的数字为估算值');
  });

  it('renders a region with no activity without failing', async () => {
    const quiet: ActivityReportData = {
      ...data,
      figures: { checkIns: 0, visitors: 0, repeatScans: 0, rejections: {}, activeVenues: 0 },
      previous: null,
      daily: data.daily.map((d) => ({ ...d, checkIns: 0, visitors: 0 })),
      hourly: data.hourly.map((h) => ({ ...h, checkIns: 0 })),
      byVenueKind: [],
      byAudienceGroup: [],
      byTopic: [],
      childRegions: [],
      venues: [],
      trails: [],
      learning: { checkpoints: [], trails: [] },
    };
    expect(flat(await pdfText(await renderActivityReportPdf(quiet)))).toContain('暂无打卡记录');
    expect(await zipEntry(await renderActivityReportDocx(quiet), 'word/document.xml')).toContain(
      '暂无打卡记录',
    );
  });
});
