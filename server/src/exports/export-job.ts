/** What the check-in export's worker thread is given, and what it answers. */

/** Rows fetched per round trip: bounded memory, however many rows the export has. */
export const FETCH_ROWS = 2_000;
/** Pseudonyms remembered within one export (a visitor's stamps come close together). */
export const PSEUDONYM_MEMO = 20_000;
/** Bytes of one buffer the worker fills and the parent writes to the client. */
export const SLOT_BYTES = 64 * 1024;
/** Buffers per export: all the file's bytes between the worker and the client's socket. */
export const SLOTS = 4;

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

/** The worker's messages: a buffer filled with `length` bytes, the end, or why it stopped. */
export type WorkerMessage =
  | { type: 'chunk'; slot: number; length: number }
  | { type: 'end' }
  | { type: 'error'; message: string };

/** The parent's message: this buffer has reached the socket and may be filled again. */
export interface FreeSlot {
  free: number;
}
