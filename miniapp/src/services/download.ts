import Taro from '@tarojs/taro';
import { noteAdminFailure, requireAdminToken } from '../api/admin-client';
import { errorFromResponse, networkError } from '../lib/api-error';
import type { DownloadProgress } from '../lib/download-progress';
import { joinUrl, type QueryValue } from '../lib/url';

/** A file the server makes for the signed-in person: a poster, a report, an export. */
export interface FileRequest {
  path: string;
  query: Record<string, QueryValue>;
}

type OnProgress = (p: DownloadProgress) => void;

/** "attachment; filename*=UTF-8''%E6%B5%B7%E6%8A%A5.pdf" → 海报.pdf */
export function fileNameOf(disposition: string | null, fallback: string): string {
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '');
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1]);
    } catch {
      return fallback;
    }
  }
  return /filename="([^"]+)"/i.exec(disposition ?? '')?.[1] ?? fallback;
}

const extensionOf = (name: string) => /\.(\w+)$/.exec(name)?.[1]?.toLowerCase() ?? '';

/** Reads the body as it arrives, so a long export shows how much has come. */
async function readWithProgress(res: Response, onProgress?: OnProgress): Promise<Blob> {
  const length = Number(res.headers.get('content-length'));
  const total = Number.isFinite(length) && length > 0 ? length : null;
  const type = res.headers.get('content-type') ?? 'application/octet-stream';
  if (!res.body) return res.blob();
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  onProgress?.({ received, total });
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.byteLength;
    onProgress?.({ received, total });
  }
  return new Blob(chunks as BlobPart[], { type });
}

async function h5Download(req: FileRequest, fallbackName: string, onProgress?: OnProgress) {
  const token = requireAdminToken();
  let res: Response;
  try {
    res = await fetch(joinUrl(API_BASE, req.path, req.query), {
      headers: { Authorization: `Bearer ${token}` },
    });
  } catch {
    throw networkError();
  }
  if (!res.ok) {
    const body: unknown = await res.json().catch(() => null);
    throw noteAdminFailure(
      errorFromResponse(res.status, body, { 'retry-after': res.headers.get('retry-after') }),
    );
  }
  let blob: Blob;
  try {
    blob = await readWithProgress(res, onProgress);
  } catch {
    throw networkError();
  }
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileNameOf(res.headers.get('content-disposition'), fallbackName);
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A refused download's body is the error JSON, saved to the temp file like any answer. */
function errorBody(tempFilePath: string): unknown {
  try {
    const text = Taro.getFileSystemManager().readFileSync(tempFilePath, 'utf8') as string;
    return JSON.parse(text);
  } catch {
    return null;
  }
}

const DOCUMENT_TYPES = ['pdf', 'docx', 'xlsx'] as const;

async function weappDownload(req: FileRequest, fileName: string, onProgress?: OnProgress) {
  const token = requireAdminToken();
  const res = await new Promise<Taro.downloadFile.FileSuccessCallbackResult>((resolve, reject) => {
    const task = Taro.downloadFile({
      url: joinUrl(API_BASE, req.path, req.query),
      header: { Authorization: `Bearer ${token}` },
      success: resolve,
      fail: () => reject(networkError()),
    });
    task.onProgressUpdate((p) =>
      onProgress?.({
        received: p.totalBytesWritten,
        total: p.totalBytesExpectedToWrite > 0 ? p.totalBytesExpectedToWrite : null,
      }),
    );
  });
  if (res.statusCode !== 200) {
    throw noteAdminFailure(errorFromResponse(res.statusCode, errorBody(res.tempFilePath)));
  }
  const ext = extensionOf(fileName);
  const fileType = DOCUMENT_TYPES.find((t) => t === ext);
  if (fileType) {
    // WeChat's viewer can print the file or send it on to a computer from its menu.
    await Taro.openDocument({ filePath: res.tempFilePath, fileType, showMenu: true });
    return;
  }
  // No viewer for CSV: send it to a chat (文件传输助手 reaches the computer).
  await Taro.shareFileMessage({ filePath: res.tempFilePath, fileName });
}

/**
 * A file from the server: saved by the browser in H5 (streamed, with progress), opened in
 * WeChat's document viewer or sent to a chat in the mini-program (Taro.downloadFile, with its
 * progress). Failures are ApiErrors like every request's; a refused session ends as usual.
 */
export function downloadFile(
  req: FileRequest,
  fallbackName: string,
  onProgress?: OnProgress,
): Promise<void> {
  return process.env.TARO_ENV === 'weapp'
    ? weappDownload(req, fallbackName, onProgress)
    : h5Download(req, fallbackName, onProgress);
}
