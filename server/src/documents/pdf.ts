import PDFDocument from 'pdfkit';
import { cjkFonts, PDF_FONT } from './font';

export type PdfDoc = PDFKit.PDFDocument;

/**
 * A pdfkit document whose every font is the npm Noto Sans SC: it starts in it (so pdfkit never
 * loads Helvetica) and has both weights registered under PDF_FONT. pdfkit accepts a parsed fontkit
 * font where its types only say path or buffer, hence the casts.
 */
export function createPdf(
  title: string,
  options: Omit<PDFKit.PDFDocumentOptions, 'font' | 'info'> = {},
): PdfDoc {
  const { regular, bold } = cjkFonts();
  const doc = new PDFDocument({
    ...options,
    font: regular as unknown as string,
    lang: 'zh-CN',
    displayTitle: true,
    info: { Title: title, Creator: '星火探馆', Producer: '星火探馆' },
  });
  doc.registerFont(PDF_FONT.regular, regular as unknown as Buffer);
  doc.registerFont(PDF_FONT.bold, bold as unknown as Buffer);
  return doc;
}

/** Ends the document and collects its bytes. */
export function pdfBuffer(doc: PdfDoc): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}
