import * as QRCode from 'qrcode';
import { PDF_FONT } from './font';
import { createPdf, pdfBuffer, type PdfDoc } from './pdf';

export type PosterSize = 'A4' | 'A5';

/** What the poster's code encodes: text drawn as a vector QR code, or a ready image (mini-program code). */
export type PosterCode = { text: string } | { png: Buffer };

export interface PosterInput {
  venueName: string;
  checkpointName: string;
  campaignName: string;
  /** Printed under the code for people who type it in; usually the text the QR code encodes. */
  shortUrl: string;
  code: PosterCode;
}

/** Portrait page sizes in points (1 pt = 1/72 in). */
export const POSTER_PAGE: Record<PosterSize, { width: number; height: number }> = {
  A4: { width: 595.28, height: 841.89 },
  A5: { width: 419.53, height: 595.28 },
};

/** Width of the code itself (quiet zone excluded) on an A4 page; A5 is the same design scaled. */
const A4_CODE_WIDTH = 300;

const COLOR = {
  ink: '#1b2a3a',
  band: '#16324f',
  bandText: '#ffffff',
  bandMuted: '#b7c6d8',
  accent: '#d9480f',
  muted: '#5c6b7a',
  rule: '#d5dce4',
  frame: '#c9d3de',
};

/** One poster per page, in the order given. */
export async function renderPosters(
  posters: readonly PosterInput[],
  size: PosterSize,
): Promise<Buffer> {
  if (posters.length === 0) throw new RangeError('renderPosters needs at least one poster');
  const first = posters[0]!;
  const title =
    posters.length === 1 ? `${first.venueName} ${first.checkpointName}` : first.venueName;
  const doc = createPdf(`${title} 打卡二维码`, { autoFirstPage: false });
  for (const poster of posters) drawPoster(doc, poster, size);
  return pdfBuffer(doc);
}

function drawPoster(doc: PdfDoc, poster: PosterInput, size: PosterSize): void {
  const page = POSTER_PAGE[size];
  doc.addPage({ size: [page.width, page.height], margin: 0 });
  const s = page.width / POSTER_PAGE.A4.width;
  const margin = 44 * s;
  const inner = page.width - 2 * margin;
  const centre = (text: string, y: number, opts: PDFKit.Mixins.TextOptions = {}) =>
    doc.text(text, margin, y, { width: inner, align: 'center', lineBreak: true, ...opts });

  const bandHeight = 196 * s;
  doc.rect(0, 0, page.width, bandHeight).fill(COLOR.band);
  doc.rect(0, bandHeight, page.width, 4 * s).fill(COLOR.accent);

  doc
    .font(PDF_FONT.regular)
    .fontSize(13 * s)
    .fillColor(COLOR.bandMuted);
  centre(poster.campaignName, 46 * s, { characterSpacing: 2 * s, height: 20 * s, ellipsis: true });
  doc.font(PDF_FONT.bold).fillColor(COLOR.bandText);
  fitFontSize(doc, poster.venueName, inner, 34 * s, 20 * s);
  const venueHeight = doc.heightOfString(poster.venueName, { width: inner, align: 'center' });
  centre(poster.venueName, 84 * s + Math.max(0, 56 * s - venueHeight) / 2, {
    height: 84 * s,
    ellipsis: true,
  });

  doc
    .font(PDF_FONT.bold)
    .fontSize(15 * s)
    .fillColor(COLOR.accent);
  centre('扫码打卡', 232 * s, { characterSpacing: 6 * s });
  for (const side of [-1, 1]) {
    const from = page.width / 2 + side * 52 * s;
    doc
      .moveTo(from, 242 * s)
      .lineTo(from + side * 36 * s, 242 * s)
      .lineWidth(1 * s)
      .strokeColor(COLOR.accent)
      .stroke();
  }
  doc.fillColor(COLOR.ink);
  fitFontSize(doc, poster.checkpointName, inner, 26 * s, 16 * s);
  centre(poster.checkpointName, 258 * s, { height: 70 * s, ellipsis: true });

  const codeWidth = A4_CODE_WIDTH * s;
  const codeX = (page.width - codeWidth) / 2;
  const codeY = 340 * s;
  const pad = 26 * s;
  doc
    .roundedRect(codeX - pad, codeY - pad, codeWidth + 2 * pad, codeWidth + 2 * pad, 14 * s)
    .lineWidth(1.2 * s)
    .strokeColor(COLOR.frame)
    .stroke();
  if ('text' in poster.code) drawQr(doc, poster.code.text, codeX, codeY, codeWidth);
  else doc.image(poster.code.png, codeX, codeY, { width: codeWidth, height: codeWidth });

  const urlY = codeY + codeWidth + pad + 14 * s;
  doc.font(PDF_FONT.regular).fillColor(COLOR.muted);
  fitFontSize(doc, poster.shortUrl, inner, Math.max(10.5 * s, 8.5), 6.5);
  centre(poster.shortUrl, urlY, { lineBreak: false });

  const instruction =
    'text' in poster.code ? '微信扫一扫 或 手机相机扫码' : '打开微信，扫一扫上方小程序码';
  doc
    .font(PDF_FONT.bold)
    .fontSize(17 * s)
    .fillColor(COLOR.ink);
  centre(instruction, urlY + 34 * s);
  doc
    .font(PDF_FONT.regular)
    .fontSize(13 * s)
    .fillColor(COLOR.muted);
  centre('集印章 · 学科普 · 探场馆', urlY + 62 * s, { characterSpacing: 1.5 * s });

  const footY = page.height - 58 * s;
  doc
    .moveTo(margin, footY)
    .lineTo(page.width - margin, footY)
    .lineWidth(0.6 * s)
    .strokeColor(COLOR.rule)
    .stroke();
  doc
    .font(PDF_FONT.regular)
    .fontSize(Math.max(8.5 * s, 7))
    .fillColor(COLOR.muted);
  doc.text('星火探馆', margin, footY + 14 * s, { width: inner, align: 'left', lineBreak: false });
  doc.text('无法扫码时，可在手机浏览器中输入上方网址', margin, footY + 14 * s, {
    width: inner,
    align: 'right',
    lineBreak: false,
  });
}

/**
 * The QR matrix as vector squares: each row's runs of dark modules become one rectangle and all of
 * them are filled as a single path, so the code stays sharp at any print size with no seams.
 */
function drawQr(doc: PdfDoc, text: string, x: number, y: number, width: number): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const cell = width / modules.size;
  for (let row = 0; row < modules.size; row++) {
    let col = 0;
    while (col < modules.size) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < modules.size && modules.get(row, col)) col++;
      doc.rect(x + start * cell, y + row * cell, (col - start) * cell, cell);
    }
  }
  doc.fillColor('#000000').fill();
}

/** Sets the largest font size between max and min at which the text fits the width on one line. */
function fitFontSize(doc: PdfDoc, text: string, width: number, max: number, min: number): void {
  doc.fontSize(max);
  const natural = doc.widthOfString(text);
  doc.fontSize(natural <= width ? max : Math.max(min, (max * width) / natural));
}
