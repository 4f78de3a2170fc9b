import { Writable } from 'node:stream';
import { renderActivityReportDocx } from './activity-report.docx';
import { renderActivityReportPdf } from './activity-report.pdf';
import { writeCsv, type ExportCell } from './csv';
import { renderPosters } from './poster';
import { sampleActivityReport } from './report-sample';
import { writeXlsx } from './xlsx';

/**
 * `pnpm --filter server bench:documents`: render times of the reports for a province's month
 * (250 venues) and of a venue's posters; throughput and resident memory of 1 M-row exports.
 */

const ROWS = Number(process.env.EXPORT_ROWS ?? 1_000_000);
const HEADER = ['打卡时间', '场馆', '打卡点', '访客（化名）', '人群', '来源'];

async function* checkIns(n: number): AsyncGenerator<ExportCell[]> {
  for (let i = 0; i < n; i++) {
    const minute = String(i % 60).padStart(2, '0');
    yield [
      `2025-09-${String(1 + (i % 30)).padStart(2, '0')} 14:${minute}`,
      `唐山高新区机器人产业星火馆${i % 250}号`,
      '工业机器人展区',
      `v${(i * 2654435761) % 1_000_000}`,
      '青少年',
      i % 7 === 0 ? 'offline' : 'live',
    ];
  }
}

/** Counts what is written and lets it go: the export's own cost, with memory that must stay flat. */
function sink(): Writable & { bytes: number } {
  const out = new Writable({
    write(chunk: Buffer, _enc, callback) {
      out.bytes += chunk.length;
      callback();
    },
  }) as Writable & { bytes: number };
  out.bytes = 0;
  return out;
}

async function measureExport(name: string, run: (out: Writable) => Promise<void>): Promise<void> {
  global.gc?.();
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const out = sink();
  const started = performance.now();
  await run(out);
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  const mb = (n: number) => (n / 1024 / 1024).toFixed(0);
  console.log(
    `${name}: ${ROWS.toLocaleString('en-US')} rows in ${seconds.toFixed(1)} s = ` +
      `${Math.round(ROWS / seconds).toLocaleString('en-US')} rows/s, ${mb(out.bytes)} MB, peak RSS ${mb(peak)} MB`,
  );
}

async function measure(name: string, times: number, run: () => Promise<Buffer>): Promise<void> {
  const ms: number[] = [];
  let size = 0;
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    size = (await run()).length;
    ms.push(performance.now() - started);
  }
  const [first, ...rest] = ms.map((m) => Math.round(m));
  console.log(
    `${name}: first ${first} ms, then ${rest.join(' / ')} ms, ${Math.round(size / 1024)} KB`,
  );
}

async function main(): Promise<void> {
  await measureExport('csv', (out) => writeCsv(HEADER, checkIns(ROWS), out));
  await measureExport('xlsx', (out) => writeXlsx('打卡记录', HEADER, checkIns(ROWS), out));

  const report = sampleActivityReport(250, 30);
  await measure('report pdf (province, 30 days, 250 venues)', 4, () =>
    renderActivityReportPdf(report),
  );
  await measure('report docx (same)', 4, () => renderActivityReportDocx(report));
  const url = 'https://kepu.example.cn/q/AAAAAAAAAAAAAAAAAAAAAAAAAA';
  const posters = Array.from({ length: 10 }, (_, i) => ({
    venueName: '唐山高新区机器人产业星火馆',
    checkpointName: `展区${i + 1}`,
    campaignName: '2025年全国科普月',
    shortUrl: url,
    code: { text: url },
  }));
  await measure('posters (10 checkpoints, A4)', 3, () => renderPosters(posters, 'A4'));
}

void main();
