/** What the check-in export's worker thread is given, and what it answers. */

/** Rows fetched per round trip: bounded memory, however many rows the export has. */
export const FETCH_ROWS = 2_000;
/** Pseudonyms remembered within one export (a visitor's stamps come close together). */
export const PSEUDONYM_MEMO = 20_000;

export const CHECK_IN_EXPORT_HEADER = [
  '日期',
  '时间',
  '场馆',
  '场馆类型',
  '所在地区',
  '打卡点',
  '访客代号',
  '来源',
  '答题',
];

export interface CheckInExportJob {
  url: string;
  /** The cursor's query (see exports.service.ts) and its parameters. */
  sql: string;
  params: unknown[];
  format: 'csv' | 'xlsx';
  sheet: string;
  /** The scope's venues as the file names them. */
  venues: Array<{ id: string; name: string; kind: string; place: string }>;
  checkpoints: Array<[id: string, name: string]>;
}

export type WorkerMessage =
  { type: 'chunk'; data: ArrayBuffer } | { type: 'end' } | { type: 'error'; message: string };
