import { ApiError, messageOf } from './api-error';

/** How much of a download has arrived; `total` when the server said how long it is. */
export interface DownloadProgress {
  received: number;
  total: number | null;
}

/** 1.2 MB, 356 KB, 900 B: sizes as a person reads them. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** 已接收 1.2 MB, or 已接收 1.2 MB / 3.4 MB（35%） when the length is known. */
export function progressText(p: DownloadProgress): string {
  if (!p.total || p.total <= 0) return `已接收 ${formatBytes(p.received)}`;
  const pct = Math.min(100, Math.floor((p.received / p.total) * 100));
  return `已接收 ${formatBytes(p.received)} / ${formatBytes(p.total)}（${pct}%）`;
}

/** Why a file could not be had, in words that say what to do (a busy export: when to retry). */
export function downloadFailure(error: unknown): string {
  if (error instanceof ApiError && error.code === 'RATE_LIMITED') {
    const wait = error.retryAfterSec ? `请${error.retryAfterSec}秒后再试` : '请稍后再试';
    return `正在生成的导出文件较多，${wait}`;
  }
  return messageOf(error);
}
