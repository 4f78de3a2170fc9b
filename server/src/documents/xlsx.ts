import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { stream } from 'exceljs';
import type { ExportRows } from './csv';

const ROWS_PER_TURN = 500;

/**
 * Streams the rows into `out` as an .xlsx workbook of one sheet, and ends it. Cells are typed (a
 * number is a number, text is text and never a formula), so no formula escaping is needed here.
 *
 * exceljs ignores backpressure at two places: its zip stream buffers without bound when `out` is
 * slower, and its sheet buffer outruns the deflater. Before each row this waits while either asks
 * to drain, so memory stays bounded by a few buffers whatever the row count.
 */
export async function writeXlsx(
  sheetName: string,
  header: readonly string[],
  rows: ExportRows,
  out: Writable,
): Promise<void> {
  const workbook = new stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: false,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet(sheetName);
  sheet.columns = header.map((title) => ({
    header: title,
    width: Math.max(10, title.length * 2.2),
  }));
  let sinceTurn = 0;
  for await (const row of rows) {
    // A source that answers from memory never leaves the microtask queue; give the zip stream
    // its turn to move bytes into `out`, or nothing would reach it (and fill it) until the end.
    if (++sinceTurn === ROWS_PER_TURN) {
      sinceTurn = 0;
      await nextTurn();
    }
    if (out.destroyed) throw new Error('xlsx export: the output closed before the end');
    if (out.writableNeedDrain) await drained(out, out);
    const entry = zipEntryOf(sheet);
    if (entry?._writableState?.needDrain) await drained(entry, out);
    sheet.addRow(row.map((cell) => (cell === undefined ? null : cell))).commit();
  }
  sheet.commit();
  await workbook.commit();
}

/**
 * exceljs 4.4 writes each sheet through a buffer that hands 64 KB batches to its zip entry without
 * waiting for the deflater: when compression is slower than the rows come, the uncompressed sheet
 * piles up there (275 MB for a million rows before this wait). This is that entry (a
 * readable-stream 2 PassThrough, hence `_writableState`), once the zip has started reading it.
 */
type ZipEntry = NodeJS.EventEmitter & { _writableState?: { needDrain?: boolean } };
function zipEntryOf(sheet: object): ZipEntry | undefined {
  return (sheet as { stream?: { pipes?: ZipEntry[] } }).stream?.pipes?.[0];
}

/** Resolves on the stream's 'drain'; rejects if `out` closes or fails first, so a lost client never hangs us. */
async function drained(stream: NodeJS.EventEmitter, out: Writable): Promise<void> {
  const ac = new AbortController();
  try {
    await Promise.race([
      once(stream, 'drain', { signal: ac.signal }),
      once(out, 'close', { signal: ac.signal }).then(() => {
        throw new Error('xlsx export: the output closed before the end');
      }),
    ]);
  } finally {
    ac.abort();
  }
}
