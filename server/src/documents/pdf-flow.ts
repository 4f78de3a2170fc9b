import type { ReportBlock, ReportColumn } from './activity-report.content';
import { chartSvg, drawChart } from './charts';
import { PDF_FONT } from './font';
import type { PdfDoc } from './pdf';

export const INK = {
  text: '#1b2a3a',
  muted: '#5c6b7a',
  navy: '#16324f',
  accent: '#d9480f',
  rule: '#d5dce4',
  headerFill: '#e9eef4',
  zebra: '#f6f8fa',
};

const MARGIN = { left: 56, right: 56, top: 64, bottom: 60 };
const CELL_PAD = { x: 5, y: 3.5 };

type Table = Extract<ReportBlock, { kind: 'table' }>;

/**
 * Lays blocks out top to bottom on A4 pages, starting a page when the next piece does not fit.
 * Every piece of text is placed at an explicit position, so pdfkit never breaks pages on its own.
 */
export class PdfFlow {
  y = MARGIN.top;

  constructor(private readonly doc: PdfDoc) {}

  get left(): number {
    return MARGIN.left;
  }

  get width(): number {
    return this.doc.page.width - MARGIN.left - MARGIN.right;
  }

  private get bottom(): number {
    return this.doc.page.height - MARGIN.bottom;
  }

  newPage(): void {
    this.doc.addPage({ size: 'A4', margin: 0 });
    this.y = MARGIN.top;
  }

  /** Starts a new page unless `height` still fits on this one. */
  ensure(height: number): void {
    if (this.y + height > this.bottom) this.newPage();
  }

  private text(
    text: string,
    size: number,
    opts: { bold?: boolean; color?: string; gap?: number; indent?: number } = {},
  ): void {
    const { doc } = this;
    const indent = opts.indent ?? 0;
    doc.font(opts.bold ? PDF_FONT.bold : PDF_FONT.regular).fontSize(size);
    const width = this.width - indent;
    const height = doc.heightOfString(text, { width, lineGap: size * 0.45 });
    this.ensure(height);
    doc
      .fillColor(opts.color ?? INK.text)
      .text(text, this.left + indent, this.y, { width, lineGap: size * 0.45 });
    this.y += height + (opts.gap ?? 0);
  }

  /** Lays out every block; a heading stays on the page of what follows it. */
  blocks(blocks: readonly ReportBlock[]): void {
    blocks.forEach((block, i) => {
      if (block.kind === 'heading') this.ensure(50 + this.minHeight(blocks[i + 1]));
      this.block(block);
    });
  }

  /** The least room a block needs on the page it starts: all of a chart, a table's first rows. */
  private minHeight(block: ReportBlock | undefined): number {
    if (!block) return 0;
    if (block.kind === 'chart') return (this.width * block.size.height) / block.size.width + 24;
    if (block.kind === 'table' || block.kind === 'figures') return 130;
    return 40;
  }

  private block(block: ReportBlock): void {
    switch (block.kind) {
      case 'heading':
        this.y += 10;
        this.text(block.text, 15, { bold: true, color: INK.navy, gap: 4 });
        this.doc.rect(this.left, this.y, 28, 2.5).fill(INK.accent);
        this.y += 14;
        return;
      case 'paragraph':
        return this.text(block.text, 10.5, { gap: 8 });
      case 'note':
        return this.text(block.text, 8.5, { color: INK.muted, gap: 10 });
      case 'bullets':
        for (const item of block.items) {
          this.ensure(20);
          this.doc.circle(this.left + 4, this.y + 7.5, 2).fill(INK.accent);
          this.text(item, 10.5, { indent: 14, gap: 6 });
        }
        this.y += 6;
        return;
      case 'figures':
        return this.figures(block.items);
      case 'chart': {
        const height = (this.width * block.size.height) / block.size.width;
        this.ensure(height + 24);
        this.text(block.title, 10.5, { bold: true, gap: 4 });
        drawChart(this.doc, chartSvg(block.spec, block.size), {
          x: this.left,
          y: this.y,
          width: this.width,
          height,
        });
        this.y += height + 14;
        return;
      }
      case 'table':
        return this.table(block);
    }
  }

  private figures(items: Array<{ label: string; value: string; note: string }>): void {
    const { doc } = this;
    const perRow = 3;
    const gap = 10;
    const w = (this.width - gap * (perRow - 1)) / perRow;
    const h = 70;
    for (let i = 0; i < items.length; i += perRow) {
      this.ensure(h + gap);
      items.slice(i, i + perRow).forEach((item, j) => {
        const x = this.left + j * (w + gap);
        doc.roundedRect(x, this.y, w, h, 5).fill(INK.zebra);
        doc.rect(x, this.y + 10, 2.5, h - 20).fill(INK.accent);
        doc
          .font(PDF_FONT.regular)
          .fontSize(9)
          .fillColor(INK.muted)
          .text(item.label, x + 12, this.y + 9, { width: w - 18, lineBreak: false });
        doc
          .font(PDF_FONT.bold)
          .fontSize(20)
          .fillColor(INK.navy)
          .text(item.value, x + 12, this.y + 24, { width: w - 18, lineBreak: false });
        doc
          .font(PDF_FONT.regular)
          .fontSize(8)
          .fillColor(INK.muted)
          .text(item.note, x + 12, this.y + 52, { width: w - 18, lineBreak: false });
      });
      this.y += h + gap;
    }
    this.y += 4;
  }

  private table(block: Table): void {
    const { doc } = this;
    const totalWeight = block.columns.reduce((s, c) => s + c.weight, 0);
    const widths = block.columns.map((c) => (this.width * c.weight) / totalWeight);
    const size = 8;

    this.ensure(60);
    this.text(block.title, 10.5, { bold: true, gap: 5 });
    const header = () =>
      this.row(
        block.columns.map((c) => c.title),
        block.columns,
        widths,
        size,
        { bold: true, fill: INK.headerFill },
      );
    header();
    const totalHeight = block.total ? this.rowHeight(block.total, block.columns, widths, size) : 0;
    block.rows.forEach((cells, i) => {
      // The total row stays on the page of the last row.
      const after = i === block.rows.length - 1 ? totalHeight : 0;
      if (this.y + this.rowHeight(cells, block.columns, widths, size) + after > this.bottom) {
        this.newPage();
        header();
      }
      this.row(cells, block.columns, widths, size, { fill: i % 2 === 1 ? INK.zebra : undefined });
    });
    if (block.total) {
      doc
        .moveTo(this.left, this.y)
        .lineTo(this.left + this.width, this.y)
        .lineWidth(0.8)
        .strokeColor(INK.navy)
        .stroke();
      this.row(block.total, block.columns, widths, size, { bold: true });
    }
    this.y += 14;
  }

  private rowHeight(
    cells: string[],
    columns: ReportColumn[],
    widths: number[],
    size: number,
  ): number {
    this.doc.font(PDF_FONT.regular).fontSize(size);
    let lines = size * 1.25;
    cells.forEach((cell, i) => {
      // No glyph is wider than 1 em: a cell shorter than that bound needs no measuring.
      if (cell.length * size > widths[i]! - 2 * CELL_PAD.x) {
        lines = Math.max(
          lines,
          this.doc.heightOfString(cell, { width: widths[i]! - 2 * CELL_PAD.x }),
        );
      }
    });
    return lines + 2 * CELL_PAD.y;
  }

  private row(
    cells: string[],
    columns: ReportColumn[],
    widths: number[],
    size: number,
    style: { bold?: boolean; fill?: string },
  ): void {
    const { doc } = this;
    const height = this.rowHeight(cells, columns, widths, size);
    if (style.fill) doc.rect(this.left, this.y, this.width, height).fill(style.fill);
    doc
      .font(style.bold ? PDF_FONT.bold : PDF_FONT.regular)
      .fontSize(size)
      .fillColor(INK.text);
    let x = this.left;
    cells.forEach((cell, i) => {
      doc.text(cell, x + CELL_PAD.x, this.y + CELL_PAD.y, {
        width: widths[i]! - 2 * CELL_PAD.x,
        align: columns[i]!.align,
      });
      x += widths[i]!;
    });
    this.y += height;
  }

  /** Running header and page numbers on every page but the cover (needs `bufferPages`). */
  finish(title: string): void {
    const { doc } = this;
    const range = doc.bufferedPageRange();
    for (let i = range.start + 1; i < range.start + range.count; i++) {
      doc.switchToPage(i);
      doc.font(PDF_FONT.regular).fontSize(8).fillColor(INK.muted);
      doc.text(title, this.left, 36, { width: this.width, align: 'right', lineBreak: false });
      doc
        .moveTo(this.left, 50)
        .lineTo(this.left + this.width, 50)
        .lineWidth(0.5)
        .strokeColor(INK.rule)
        .stroke();
      doc.text(
        `第 ${i - range.start} 页  共 ${range.count - 1} 页`,
        this.left,
        doc.page.height - 40,
        {
          width: this.width,
          align: 'center',
          lineBreak: false,
        },
      );
    }
  }
}
