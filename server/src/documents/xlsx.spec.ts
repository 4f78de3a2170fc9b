import { PassThrough, Writable } from 'node:stream';
import { Workbook } from 'exceljs';
import { trackedRows } from '../../test/support/documents';
import type { ExportCell } from './csv';
import { writeXlsx } from './xlsx';

async function toBuffer(write: (out: PassThrough) => Promise<void>): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise((resolve) => out.on('end', resolve));
  await write(out);
  await ended;
  return Buffer.concat(chunks);
}

describe('XLSX export', () => {
  it('reads back with the same header, text and numbers', async () => {
    const rows: ExportCell[][] = [
      ['唐山高新区机器人产业星火馆', 12_345, '2025-09-01 14:03'],
      ['=HYPERLINK("x")', -5, null],
      ['果园乡科技小院', 0.75, ''],
    ];
    const bytes = await toBuffer((out) =>
      writeXlsx('打卡记录', ['场馆', '打卡人次', '时间'], rows, out),
    );
    const book = new Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('打卡记录')!;
    expect(sheet.getRow(1).values).toEqual([undefined, '场馆', '打卡人次', '时间']);
    expect(sheet.getRow(2).values).toEqual([
      undefined,
      '唐山高新区机器人产业星火馆',
      12_345,
      '2025-09-01 14:03',
    ]);
    // Typed cells: the text stays text, never a formula.
    expect(sheet.getCell('A3').type).toBe(3 /* ValueType.String */);
    expect(sheet.getCell('A3').value).toBe('=HYPERLINK("x")');
    expect(sheet.getCell('B3').value).toBe(-5);
    expect(sheet.getCell('B4').value).toBe(0.75);
    expect(sheet.rowCount).toBe(4);
  });

  it('streams many rows from an async source', async () => {
    async function* rows(): AsyncGenerator<ExportCell[]> {
      for (let i = 0; i < 30_000; i++) yield [`访客${i % 97}`, i, i * 0.5];
    }
    const bytes = await toBuffer((out) => writeXlsx('数据', ['访客', '序号', '值'], rows(), out));
    const book = new Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.rowCount).toBe(30_001);
    expect(sheet.getCell('B30001').value).toBe(29_999);
    expect(sheet.getCell('C30001').value).toBe(14_999.5);
  });

  it('stops pulling rows while the output is not read, and gives up when it closes', async () => {
    const { rows, state } = trackedRows<ExportCell[]>((i) => [
      `访客${Math.random()}`,
      i,
      Math.random(),
    ]);
    const stalled = new Writable({ highWaterMark: 16 * 1024, write() {} });
    const writing = writeXlsx('数据', ['访客', '序号', '值'], rows, stalled);
    // The compressor may take a last row or two in flight; once the count holds still, it stays.
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    await sleep(500);
    let whileStalled = -1;
    for (let i = 0; i < 20 && state.produced !== whileStalled; i++) {
      whileStalled = state.produced;
      await sleep(100);
    }
    expect(whileStalled).toBeLessThan(50_000);
    await sleep(300);
    expect(state.produced).toBe(whileStalled);
    stalled.destroy();
    await expect(writing).rejects.toThrow('closed');
    await new Promise((resolve) => setImmediate(resolve));
    expect(state.released).toBe(true);
  });
});
