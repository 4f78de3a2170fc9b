import { PassThrough, Writable } from 'node:stream';
import { trackedRows } from '../../test/support/documents';
import { csvCell, csvStream, writeCsv, type ExportCell } from './csv';

async function collect(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

describe('CSV export', () => {
  it('starts with a UTF-8 BOM and ends lines with CRLF', async () => {
    const bytes = await collect(csvStream(['场馆', '打卡人次'], [['唐山科技馆', 12]]));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toBe('\uFEFF"场馆","打卡人次"\r\n"唐山科技馆",12\r\n');
  });

  it('quotes text, doubles quotes, keeps commas and line breaks inside a field', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('他说"好"')).toBe('"他说""好"""');
    expect(csvCell('第一行\n第二行')).toBe('"第一行\n第二行"');
    expect(csvCell('')).toBe('""');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });

  it('neutralises every formula start in text and leaves numbers as numbers', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(csvCell(`${start}HYPERLINK("http://evil")`)).toBe(
        `"'${start}HYPERLINK(""http://evil"")"`,
      );
    }
    expect(csvCell('=1+1')).toBe(`"'=1+1"`);
    expect(csvCell('-5')).toBe(`"'-5"`);
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(3.25)).toBe('3.25');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell('a=b')).toBe('"a=b"');
  });

  it('reads rows from an async source and writes them all into the stream', async () => {
    async function* rows(): AsyncGenerator<ExportCell[]> {
      for (let i = 0; i < 20_000; i++) yield [`v${i}`, i];
    }
    const out = new PassThrough();
    const done = collect(out);
    await writeCsv(['名称', '序号'], rows(), out);
    const lines = (await done).toString('utf8').split('\r\n');
    expect(lines).toHaveLength(20_002);
    expect(lines[20_000]).toBe('"v19999",19999');
    expect(lines[20_001]).toBe('');
  });

  it('pulls rows only as fast as they are read, and releases the source when the reader leaves', async () => {
    const { rows, state } = trackedRows<ExportCell[]>((i) => [
      '一行不太短的文字，用来填满缓冲区',
      i,
    ]);
    let accept: (() => void) | undefined;
    const stalled = new Writable({
      highWaterMark: 16 * 1024,
      write(_chunk, _enc, callback) {
        accept = callback;
      },
    });
    const writing = writeCsv(['文字', '序号'], rows, stalled);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const whileStalled = state.produced;
    expect(whileStalled).toBeLessThan(10_000);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(state.produced).toBe(whileStalled);

    accept?.();
    stalled.destroy();
    await expect(writing).rejects.toThrow();
    await new Promise((resolve) => setImmediate(resolve));
    expect(state.released).toBe(true);
  });
});
