import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PNG } from 'pngjs';

const run = promisify(execFile);

/** Runs a poppler tool on a PDF held in memory; returns its stdout. */
async function withPdf<T>(pdf: Buffer, use: (path: string, dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'xinghuo-pdf-'));
  try {
    const path = join(dir, 'doc.pdf');
    await writeFile(path, pdf);
    return await use(path, dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export function pdfText(pdf: Buffer): Promise<string> {
  return withPdf(pdf, async (path) => (await run('pdftotext', ['-layout', path, '-'])).stdout);
}

export interface PdfFontRow {
  name: string;
  type: string;
  embedded: boolean;
}

/** The fonts pdffonts lists: every font a page uses, with whether it is embedded. */
export function pdfFonts(pdf: Buffer): Promise<PdfFontRow[]> {
  return withPdf(pdf, async (path) => {
    const { stdout } = await run('pdffonts', [path]);
    return stdout
      .split('\n')
      .slice(2)
      .filter((line) => line.trim() !== '')
      .map((line) => {
        const cols = line.trim().split(/\s+/);
        return { name: cols[0]!, type: cols[1]!, embedded: line.includes(' yes ') };
      });
  });
}

/** Page sizes in PostScript points, as pdfinfo reports them. */
export function pdfPageSizes(pdf: Buffer): Promise<Array<{ width: number; height: number }>> {
  return withPdf(pdf, async (path) => {
    const { stdout } = await run('pdfinfo', ['-f', '1', '-l', '9999', path]);
    return [...stdout.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => ({
      width: Number(m[1]),
      height: Number(m[2]),
    }));
  });
}

/** Every page rendered to a PNG at the given resolution, in page order. */
export function pdfPages(pdf: Buffer, dpi = 150): Promise<PNG[]> {
  return withPdf(pdf, async (path, dir) => {
    await run('pdftoppm', ['-r', String(dpi), '-png', path, join(dir, 'page')]);
    const files = (await readdir(dir)).filter((f) => f.endsWith('.png')).sort();
    return Promise.all(files.map(async (f) => PNG.sync.read(await readFile(join(dir, f)))));
  });
}

/** Share of pixels darker than mid-grey: a cheap "was anything drawn here" probe. */
export function inkShare(png: PNG): number {
  let dark = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const alpha = png.data[i + 3]! / 255;
    const lum = (png.data[i]! + png.data[i + 1]! + png.data[i + 2]!) / 3;
    if (alpha > 0.5 && lum < 128) dark++;
  }
  return dark / (png.width * png.height);
}
