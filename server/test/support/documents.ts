import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PNG } from 'pngjs';

const run = promisify(execFile);

/** Writes a file held in memory to a fresh temporary folder for a command-line tool to read. */
async function withFile<T>(
  file: Buffer,
  use: (path: string, dir: string) => Promise<T>,
): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'xinghuo-doc-'));
  try {
    const path = join(dir, 'file');
    await writeFile(path, file);
    return await use(path, dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export function pdfText(pdf: Buffer): Promise<string> {
  return withFile(pdf, async (path) => (await run('pdftotext', ['-layout', path, '-'])).stdout);
}

export interface PdfFontRow {
  name: string;
  type: string;
  embedded: boolean;
}

/** The fonts pdffonts lists: every font a page uses, with whether it is embedded. */
export function pdfFonts(pdf: Buffer): Promise<PdfFontRow[]> {
  return withFile(pdf, async (path) => {
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
  return withFile(pdf, async (path) => {
    const { stdout } = await run('pdfinfo', ['-f', '1', '-l', '9999', path]);
    return [...stdout.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => ({
      width: Number(m[1]),
      height: Number(m[2]),
    }));
  });
}

/** Every page rendered to a PNG at the given resolution, in page order. */
export function pdfPages(pdf: Buffer, dpi = 150): Promise<PNG[]> {
  return withFile(pdf, async (path, dir) => {
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

/** One part of an Office file (a zip), e.g. `word/document.xml`, as text. */
export function zipEntry(file: Buffer, entry: string): Promise<string> {
  return withFile(
    file,
    async (path) => (await run('unzip', ['-p', path, entry], { maxBuffer: 64 << 20 })).stdout,
  );
}

/** The names of the parts of an Office file. */
export function zipEntries(file: Buffer): Promise<string[]> {
  return withFile(file, async (path) =>
    (await run('unzip', ['-Z1', path])).stdout.split('\n').filter(Boolean),
  );
}

/**
 * A long row source that counts what was pulled from it and notes when it was released (its
 * `finally` ran), for tests of backpressure and of a consumer that goes away.
 */
export function trackedRows<Row>(row: (i: number) => Row, count = 1_000_000) {
  const state = { produced: 0, released: false };
  async function* rows(): AsyncGenerator<Row> {
    try {
      for (let i = 0; i < count; i++) {
        state.produced++;
        yield row(i);
      }
    } finally {
      state.released = true;
    }
  }
  return { rows: rows(), state };
}
