import Taro from '@tarojs/taro';
import type { PosterRequest } from '../api/admin';
import { noteAdminFailure, requireAdminToken } from '../api/admin-client';
import { errorFromResponse, networkError } from '../lib/api-error';
import { joinUrl } from '../lib/url';

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

async function h5Download(req: PosterRequest, fallbackName: string): Promise<void> {
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
    throw noteAdminFailure(errorFromResponse(res.status, body));
  }
  const blob = await res.blob();
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileNameOf(res.headers.get('content-disposition'), fallbackName);
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

async function weappOpen(req: PosterRequest): Promise<void> {
  const token = requireAdminToken();
  const res = await Taro.downloadFile({
    url: joinUrl(API_BASE, req.path, req.query),
    header: { Authorization: `Bearer ${token}` },
  }).catch(() => {
    throw networkError();
  });
  if (res.statusCode !== 200) throw noteAdminFailure(errorFromResponse(res.statusCode, null));
  // WeChat opens the PDF in its viewer, from where it can be sent to a computer or printed.
  await Taro.openDocument({ filePath: res.tempFilePath, fileType: 'pdf', showMenu: true });
}

/**
 * A poster PDF: downloaded as a file in H5, opened in WeChat's document viewer in the
 * mini-program (Taro.downloadFile + openDocument). Failures are ApiErrors like every request's.
 */
export function downloadPoster(req: PosterRequest, fallbackName: string): Promise<void> {
  return process.env.TARO_ENV === 'weapp' ? weappOpen(req) : h5Download(req, fallbackName);
}
