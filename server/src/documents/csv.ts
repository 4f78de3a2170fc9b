import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** One cell of an export: text, a number (written as a number), or empty. */
export type ExportCell = string | number | null | undefined;

export type ExportRows = AsyncIterable<readonly ExportCell[]> | Iterable<readonly ExportCell[]>;

/** Excel on Windows reads a CSV as the local code page (GBK) unless it starts with this. */
const BOM = '\uFEFF';
/** Rows are joined into chunks of about this many characters: fewer, larger writes. */
const CHUNK_CHARS = 64 * 1024;

/** Excel runs a cell starting with these as a formula (or DDE command) even inside quotes. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(cell: ExportCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return `"${text.replace(/"/g, '""')}"`;
}

function csvLine(cells: readonly ExportCell[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

async function* csvChunks(header: readonly string[], rows: ExportRows): AsyncGenerator<string> {
  let chunk = BOM + csvLine(header);
  for await (const row of rows) {
    chunk += csvLine(row);
    if (chunk.length >= CHUNK_CHARS) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

/**
 * The rows as a CSV byte stream for Excel: UTF-8 with BOM, CRLF, every text field quoted, numbers
 * bare, formula starts neutralised with a leading `'`. Rows are pulled only as fast as the stream
 * is read, and a consumer that goes away ends the source's iteration (its `finally` runs).
 */
export function csvStream(header: readonly string[], rows: ExportRows): Readable {
  return Readable.from(csvChunks(header, rows), { objectMode: false });
}

/** Writes the CSV into `out` and ends it; rejects if either side fails. */
export function writeCsv(
  header: readonly string[],
  rows: ExportRows,
  out: Writable,
): Promise<void> {
  return pipeline(csvStream(header, rows), out);
}
