import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import { ManualClock, TestApp } from './support/app';
import { ACCOUNTS, IDS } from './support/fixture';
import { fold, playScenario, type Scenario } from './support/stats-scenario';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const PERIOD = 'from=2025-09-10&to=2025-09-12';
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/** Downloads, the reports and exports the dashboard offers, on the scenario's history. */
describe('reports and exports', () => {
  const clock = new ManualClock();
  let t: TestApp;
  let s: Scenario;
  let tangshan: string;
  const dir = mkdtempSync(join(tmpdir(), 'xinghuo-outputs-'));
  const download = async (path: string, token: string) => {
    const res = await fetch(`${t.baseUrl}${path}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    return { res, bytes: Buffer.from(await res.arrayBuffer()) };
  };
  const file = (name: string, bytes: Buffer) => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return path;
  };

  beforeAll(async () => {
    t = await TestApp.start({}, { clock });
    s = await playScenario(t, clock);
    tangshan = await t.login(ACCOUNTS.orgTangshan);
  });
  afterAll(async () => {
    await t.stop();
  });

  it('the PDF report names the region and carries the dashboard total', async () => {
    const { res, bytes } = await download(`/api/reports/activity.pdf?${PERIOD}`, tangshan);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent('唐山市活动总结_2025-09-10_2025-09-12.pdf')}`,
    );
    const text = execFileSync('pdftotext', ['-layout', file('r.pdf', bytes), '-'], {
      encoding: 'utf8',
    });
    expect(text).toContain('唐山市');
    expect(text.replace(/\s+/g, '')).toContain('累计打卡7人次');
  });

  it('the Word report carries the same headline', async () => {
    const { res, bytes } = await download(`/api/reports/activity.docx?${PERIOD}`, tangshan);
    expect(res.status).toBe(200);
    const xml = execFileSync('unzip', ['-p', file('r.docx', bytes), 'word/document.xml'], {
      encoding: 'utf8',
    });
    expect(xml).toContain('唐山市');
    expect(xml).toContain('活动总结');
    expect(xml).toContain('累计打卡7人次');
  });

  it('the check-in CSV opens in Excel and names no one', async () => {
    const { res, bytes } = await download(`/api/exports/check-ins.csv?${PERIOD}`, tangshan);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const text = bytes.toString('utf8').slice(1);
    const lines = text.trim().split('\r\n');
    expect(lines).toHaveLength(1 + 7);
    expect(lines[0]).toBe(
      '"日期","时间","场馆","场馆类型","所在地区","打卡点","访客代号","来源","答题"',
    );
    expect(text).not.toMatch(UUID);
    for (const id of Object.values(s.ids)) expect(text).not.toContain(id);
    expect(text).toContain('"离线补传"');
    // One pseudonym per visitor within an export, a new one in the next export.
    const pseudonyms = (csv: string) =>
      csv
        .trim()
        .split('\r\n')
        .slice(1)
        .map((l) => l.split(',')[6]);
    const first = pseudonyms(text);
    expect(new Set(first).size).toBe(3);
    const again = pseudonyms(
      (await download(`/api/exports/check-ins.csv?${PERIOD}`, tangshan)).bytes.toString('utf8'),
    );
    expect(again.filter((p) => first.includes(p))).toEqual([]);
  });

  it('the check-in XLSX reads back with the same rows', async () => {
    const { res, bytes } = await download(`/api/exports/check-ins.xlsx?${PERIOD}`, tangshan);
    expect(res.status).toBe(200);
    const book = new Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.actualRowCount).toBe(1 + 7);
    expect(sheet.getRow(1).getCell(1).value).toBe('日期');
  });

  it('the figures export carries the dashboard’s totals, in CSV and XLSX', async () => {
    const csv = (await download(`/api/exports/figures.csv?${PERIOD}`, tangshan)).bytes.toString(
      'utf8',
    );
    const lines = csv.split('\r\n');
    const totals = lines[lines.indexOf('"【总体】"') + 2];
    expect(totals).toBe('7,3,1,2,2');
    const { bytes } = await download(`/api/exports/figures.xlsx?${PERIOD}`, tangshan);
    const book = new Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    const rows = book.worksheets[0]!.getSheetValues() as unknown[][];
    const at = rows.findIndex((r) => Array.isArray(r) && r[1] === '【总体】');
    expect(rows[at + 2]!.slice(1, 6)).toEqual([7, 3, 1, 2, 2]);
  });

  it('a big export streams; one whose client goes away stops, and at most two run at once', async () => {
    // 60,000 more stamps for A on the 11th (period keys made unique), folded like any others.
    await t.db.query(
      `INSERT INTO check_in (visitor_id, checkpoint_id, venue_id, campaign_id, status, period_key,
                             scanned_at, received_at, source, idempotency_key, geofence)
       SELECT $1, $2, $3, $4, 'accepted', 'bulk' || n, '2025-09-11T03:00:00Z', '2025-09-11T03:00:00Z',
              'live', 'bulk-' || n, 'none'
         FROM generate_series(1, 60000) AS n`,
      [s.ids.a, IDS.cpOpen1, IDS.venueOpen, IDS.campaign2025],
    );
    await fold(t);
    const exporting = () =>
      t.count(`SELECT count(*) n FROM pg_stat_activity WHERE application_name = 'xinghuo-export'`);
    const url = `${t.baseUrl}/api/exports/check-ins.csv?${PERIOD}`;
    const headers = { authorization: `Bearer ${tangshan}` };

    const gone = new AbortController();
    const first = await fetch(url, { headers, signal: gone.signal });
    await first.body!.getReader().read();
    gone.abort();
    for (let i = 0; i < 50 && (await exporting()) > 0; i++) await sleep(100);
    expect(await exporting()).toBe(0);

    const slow = [new AbortController(), new AbortController()];
    const held = await Promise.all(slow.map((c) => fetch(url, { headers, signal: c.signal })));
    expect(held.map((r) => r.status)).toEqual([200, 200]);
    const third = await fetch(url, { headers });
    expect(third.status).toBe(429);
    expect(third.headers.get('retry-after')).toBe('10');
    slow.forEach((c) => c.abort());
    for (let i = 0; i < 50 && (await exporting()) > 0; i++) await sleep(100);

    const whole = await fetch(url, { headers });
    const lines = Buffer.from(await whole.arrayBuffer())
      .toString('utf8')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(1 + 7 + 60_000);
  });

  it.each([
    '/api/reports/activity.pdf',
    '/api/reports/activity.docx',
    '/api/exports/check-ins.csv',
    '/api/exports/check-ins.xlsx',
    '/api/exports/figures.csv',
    '/api/exports/figures.xlsx',
  ])('%s: only the caller’s scope', async (path) => {
    const url = `${path}?${PERIOD}`;
    expect((await t.request('GET', url)).status).toBe(401);
    expect((await t.request('GET', url, { token: s.tokens.a })).status).toBe(403);
    const lunan = await t.login(ACCOUNTS.orgLunan);
    expect((await t.request('GET', `${url}&region=130203`, { token: lunan })).status).toBe(403);
    const shaoguan = await t.login(ACCOUNTS.orgShaoguan);
    const theirs = await download(url, shaoguan);
    expect(theirs.res.status).toBe(200);
    if (path.endsWith('.csv')) {
      const text = theirs.bytes.toString('utf8');
      for (const name of ['开放实验室', '唐山科技馆', '路南区']) expect(text).not.toContain(name);
    }
    expect(
      (await t.request('GET', `${path}?from=2025-09-12&to=2025-09-10`, { token: tangshan })).status,
    ).toBe(400);
  });
});
