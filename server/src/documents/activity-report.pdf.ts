import { reportContent, type ReportContent } from './activity-report.content';
import type { ActivityReportData } from './activity-report.types';
import { PDF_FONT } from './font';
import { createPdf, pdfBuffer, type PdfDoc } from './pdf';
import { INK, PdfFlow } from './pdf-flow';

/** The 活动总结 as an A4 PDF: cover, then the report's blocks with page numbers. */
export function renderActivityReportPdf(data: ActivityReportData): Promise<Buffer> {
  const content = reportContent(data);
  const doc = createPdf(content.title, { autoFirstPage: false, bufferPages: true });
  const flow = new PdfFlow(doc);
  flow.newPage();
  drawCover(doc, content);
  flow.newPage();
  flow.blocks(content.blocks);
  flow.finish(content.title);
  return pdfBuffer(doc);
}

function drawCover(doc: PdfDoc, content: ReportContent): void {
  const { width, height } = doc.page;
  const left = 64;
  const inner = width - 2 * left;
  const { cover } = content;

  doc.rect(0, 0, width, 380).fill(INK.navy);
  doc.rect(0, 380, width, 5).fill(INK.accent);
  doc.font(PDF_FONT.regular).fontSize(13).fillColor('#b7c6d8');
  doc.text(cover.campaign, left, 150, { width: inner, characterSpacing: 2 });
  doc.font(PDF_FONT.bold).fontSize(44).fillColor('#ffffff');
  doc.text('活动总结', left, 178, { width: inner, characterSpacing: 6 });
  doc.font(PDF_FONT.bold).fontSize(22).fillColor('#ffffff');
  doc.text(cover.region, left, 262, { width: inner });

  let y = 450;
  for (const [label, value] of cover.details) {
    doc
      .font(PDF_FONT.regular)
      .fontSize(11)
      .fillColor(INK.muted)
      .text(label, left, y, { width: 90 });
    doc
      .font(PDF_FONT.regular)
      .fontSize(12)
      .fillColor(INK.text)
      .text(value, left + 90, y - 1, { width: inner - 90 });
    y += 20;
    doc
      .moveTo(left, y)
      .lineTo(left + inner, y)
      .lineWidth(0.5)
      .strokeColor(INK.rule)
      .stroke();
    y += 14;
  }

  doc.font(PDF_FONT.regular).fontSize(9).fillColor(INK.muted);
  doc.text('星火探馆 · 全国科普月打卡与探馆', left, height - 64, {
    width: inner,
    align: 'left',
    lineBreak: false,
  });
}
