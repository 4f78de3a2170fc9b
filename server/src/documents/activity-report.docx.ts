import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  LineRuleType,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from 'docx';
import { reportContent, type ReportBlock, type ReportContent } from './activity-report.content';
import type { ActivityReportData } from './activity-report.types';
import { chartPng, chartSvg } from './charts';

/**
 * Word cannot be handed our TTF the way a PDF embeds it (a docx would carry all 10 MB of it), so
 * the document names fonts every Chinese Windows and WPS install has: 微软雅黑 for Chinese text.
 */
const FONT = {
  ascii: 'Microsoft YaHei',
  hAnsi: 'Microsoft YaHei',
  eastAsia: '微软雅黑',
  cs: 'Microsoft YaHei',
};
const COLOR = {
  text: '1B2A3A',
  muted: '5C6B7A',
  navy: '16324F',
  accent: 'D9480F',
  fill: 'E9EEF4',
  zebra: 'F6F8FA',
  rule: 'D5DCE4',
};
/** Text width of an A4 page with 2 cm margins, in the pixels docx sizes images by (96 per inch). */
const CONTENT_PX = 642;
/** The same width in twentieths of a point, for table columns. */
const CONTENT_TWIPS = 9638;

/** The 活动总结 as a Word document with the same content as the PDF; charts are PNG images. */
export async function renderActivityReportDocx(data: ActivityReportData): Promise<Buffer> {
  const content = reportContent(data);
  const charts = await Promise.all(
    content.blocks.map((b) =>
      b.kind === 'chart' ? chartPng(chartSvg(b.spec, b.size), b.size) : null,
    ),
  );
  const body = content.blocks.flatMap((block, i) => docxBlock(block, charts[i] ?? null));
  const page = {
    size: { width: 11906, height: 16838 },
    margin: { top: 1417, bottom: 1417, left: 1134, right: 1134 },
  };
  const sections: ISectionOptions[] = [
    { properties: { page }, children: cover(content) },
    {
      properties: { page },
      footers: {
        default: new Footer({
          children: [
            new Paragraph({
              alignment: AlignmentType.CENTER,
              children: [
                new TextRun({
                  children: ['第 ', PageNumber.CURRENT, ' 页'],
                  size: 16,
                  color: COLOR.muted,
                }),
              ],
            }),
          ],
        }),
      },
      children: body,
    },
  ];
  const doc = new Document({
    creator: '星火探馆',
    title: content.title,
    styles: {
      default: {
        document: {
          run: {
            font: FONT,
            size: 21,
            color: COLOR.text,
            language: { value: 'zh-CN', eastAsia: 'zh-CN' },
          },
          paragraph: { spacing: { line: 320, lineRule: LineRuleType.AUTO, after: 80 } },
        },
        heading1: {
          run: { font: FONT, size: 30, bold: true, color: COLOR.navy },
          paragraph: { spacing: { before: 360, after: 160 } },
        },
      },
    },
    sections,
  });
  return Packer.toBuffer(doc);
}

function cover(content: ReportContent): Paragraph[] {
  const { cover: c } = content;
  const line = (
    text: string,
    size: number,
    opts: { bold?: boolean; color?: string; after?: number } = {},
  ) =>
    new Paragraph({
      spacing: { after: opts.after ?? 120 },
      children: [new TextRun({ text, size, bold: opts.bold, color: opts.color ?? COLOR.text })],
    });
  return [
    new Paragraph({ spacing: { before: 2400 }, children: [] }),
    line(c.campaign, 28, { color: COLOR.muted }),
    line('活动总结', 72, { bold: true, color: COLOR.navy, after: 240 }),
    line(c.region, 40, { bold: true, color: COLOR.navy, after: 1200 }),
    ...c.details.map(
      ([label, value]) =>
        new Paragraph({
          spacing: { after: 160 },
          border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: COLOR.rule, space: 4 } },
          children: [
            new TextRun({ text: `${label}\u3000\u3000`, color: COLOR.muted, size: 22 }),
            new TextRun({ text: value, size: 24 }),
          ],
        }),
    ),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

function docxBlock(block: ReportBlock, png: Buffer | null): Array<Paragraph | Table> {
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ heading: HeadingLevel.HEADING_1, text: block.text })];
    case 'paragraph':
      return [new Paragraph({ text: block.text })];
    case 'note':
      return [
        new Paragraph({
          children: [new TextRun({ text: block.text, size: 17, color: COLOR.muted })],
        }),
      ];
    case 'bullets':
      return block.items.map((text) => new Paragraph({ text, bullet: { level: 0 } }));
    case 'figures':
      return [figuresTable(block.items), new Paragraph({ children: [] })];
    case 'chart':
      return [
        caption(block.title),
        new Paragraph({
          children: [
            new ImageRun({
              type: 'png',
              data: png!,
              transformation: {
                width: CONTENT_PX,
                height: Math.round((CONTENT_PX * block.size.height) / block.size.width),
              },
              altText: { name: block.title, title: block.title, description: block.title },
            }),
          ],
        }),
      ];
    case 'table':
      return [caption(block.title), dataTable(block), new Paragraph({ children: [] })];
  }
}

function caption(text: string): Paragraph {
  return new Paragraph({
    spacing: { before: 160 },
    keepNext: true,
    children: [new TextRun({ text, bold: true })],
  });
}

function cellText(
  text: string,
  opts: { bold?: boolean; right?: boolean; size?: number; color?: string } = {},
): Paragraph {
  return new Paragraph({
    alignment: opts.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
    spacing: { after: 0, line: 260, lineRule: LineRuleType.AUTO },
    children: [new TextRun({ text, bold: opts.bold, size: opts.size ?? 16, color: opts.color })],
  });
}

const NO_BORDERS = {
  top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  bottom: { style: BorderStyle.SINGLE, size: 2, color: COLOR.rule },
  left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
};

function dataTable(block: Extract<ReportBlock, { kind: 'table' }>): Table {
  const total = block.columns.reduce((s, c) => s + c.weight, 0);
  const widths = block.columns.map((c) => Math.round((CONTENT_TWIPS * c.weight) / total));
  const row = (cells: string[], style: { header?: boolean; bold?: boolean; fill?: string }) =>
    new TableRow({
      tableHeader: style.header,
      cantSplit: true,
      children: cells.map(
        (text, i) =>
          new TableCell({
            width: { size: widths[i]!, type: WidthType.DXA },
            margins: { top: 40, bottom: 40, left: 80, right: 80 },
            borders: NO_BORDERS,
            shading: style.fill
              ? { type: ShadingType.CLEAR, color: 'auto', fill: style.fill }
              : undefined,
            children: [
              cellText(text, { bold: style.bold, right: block.columns[i]!.align === 'right' }),
            ],
          }),
      ),
    });
  return new Table({
    width: { size: CONTENT_TWIPS, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      row(
        block.columns.map((c) => c.title),
        { header: true, bold: true, fill: COLOR.fill },
      ),
      ...block.rows.map((cells, i) => row(cells, { fill: i % 2 === 1 ? COLOR.zebra : undefined })),
      ...(block.total ? [row(block.total, { bold: true })] : []),
    ],
  });
}

function figuresTable(items: Array<{ label: string; value: string; note: string }>): Table {
  const perRow = 3;
  const width = Math.round(CONTENT_TWIPS / perRow);
  const rows: TableRow[] = [];
  for (let i = 0; i < items.length; i += perRow) {
    rows.push(
      new TableRow({
        cantSplit: true,
        children: items.slice(i, i + perRow).map(
          (item) =>
            new TableCell({
              width: { size: width, type: WidthType.DXA },
              margins: { top: 100, bottom: 100, left: 140, right: 100 },
              shading: { type: ShadingType.CLEAR, color: 'auto', fill: COLOR.zebra },
              borders: {
                ...NO_BORDERS,
                bottom: { style: BorderStyle.SINGLE, size: 24, color: 'FFFFFF' },
                left: { style: BorderStyle.SINGLE, size: 18, color: COLOR.accent },
                right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
              },
              children: [
                cellText(item.label, { size: 17, color: COLOR.muted }),
                cellText(item.value, { bold: true, size: 36, color: COLOR.navy }),
                cellText(item.note, { size: 15, color: COLOR.muted }),
              ],
            }),
        ),
      }),
    );
  }
  return new Table({
    width: { size: CONTENT_TWIPS, type: WidthType.DXA },
    columnWidths: Array(perRow).fill(width),
    rows,
  });
}
