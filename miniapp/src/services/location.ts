import Taro from '@tarojs/taro';
import type { GeoPoint, ReportedLocation } from '@xinghuo/shared';
import { wgs84ToGcj02 } from '../lib/datum';
import { getPrefs, setPrefs } from './prefs';

export const LOCATION_REASON = '用于查找附近的科普场馆并确认您在场馆内打卡';

export type LocationResult =
  { ok: true; point: ReportedLocation } | { ok: false; reason: 'denied' | 'unavailable' };

/**
 * Only as precise as a geofence needs (about 10 m): we keep as little as we can.
 * Always GCJ-02, the datum of WeChat maps and of the venue locations.
 */
function round(point: {
  latitude: number;
  longitude: number;
  accuracy?: number;
}): ReportedLocation {
  const p =
    process.env.TARO_ENV === 'weapp'
      ? { lat: point.latitude, lng: point.longitude }
      : wgs84ToGcj02(point.latitude, point.longitude);
  return {
    lat: Math.round(p.lat * 1e4) / 1e4,
    lng: Math.round(p.lng * 1e4) / 1e4,
    ...(typeof point.accuracy === 'number' && Number.isFinite(point.accuracy)
      ? { accuracyM: Math.round(point.accuracy) }
      : {}),
  };
}

async function weappAuthorized(): Promise<boolean | undefined> {
  try {
    const s = await Taro.getSetting();
    return s.authSetting['scope.userLocation'];
  } catch {
    return undefined;
  }
}

/**
 * Current position. When `explain` is set and the visitor has not allowed location before,
 * first say why we ask. Never blocks forever: times out to "unavailable".
 */
export async function getLocation(
  options: { explain?: boolean; timeoutMs?: number } = {},
): Promise<LocationResult> {
  const { explain = true, timeoutMs = 8000 } = options;
  if (process.env.TARO_ENV === 'weapp') {
    const authorized = await weappAuthorized();
    if (authorized === false) {
      // Denied once: WeChat will not ask again, only settings can change it.
      if (!explain) return { ok: false, reason: 'denied' };
      const m = await Taro.showModal({
        title: '需要位置权限',
        content: `${LOCATION_REASON}。请在设置中允许使用位置信息。`,
        confirmText: '去设置',
        cancelText: '暂不',
      });
      if (!m.confirm) return { ok: false, reason: 'denied' };
      const s = await Taro.openSetting();
      if (!s.authSetting['scope.userLocation']) return { ok: false, reason: 'denied' };
    }
  } else if (explain && !getPrefs().locationAllowed) {
    const m = await Taro.showModal({
      title: '使用您的位置',
      content: `${LOCATION_REASON}。位置只在此刻使用，不会被持续记录。`,
      confirmText: '允许',
      cancelText: '暂不',
    });
    if (!m.confirm) return { ok: false, reason: 'denied' };
  }
  try {
    const res = await Promise.race([
      Taro.getLocation({
        type: process.env.TARO_ENV === 'weapp' ? 'gcj02' : 'wgs84',
        isHighAccuracy: true,
      }),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), timeoutMs)),
    ]);
    setPrefs({ locationAllowed: true });
    return { ok: true, point: round(res) };
  } catch (e) {
    const msg = String(
      (e as { errMsg?: string; message?: string })?.errMsg ?? (e as Error)?.message ?? '',
    );
    if (/auth|deny|denied|permission/i.test(msg)) {
      setPrefs({ locationAllowed: false });
      return { ok: false, reason: 'denied' };
    }
    return { ok: false, reason: 'unavailable' };
  }
}

/** Location without any dialog, only if the visitor already allowed it; for check-ins. */
export async function getLocationQuietly(timeoutMs = 4000): Promise<ReportedLocation | undefined> {
  if (process.env.TARO_ENV === 'weapp') {
    if ((await weappAuthorized()) !== true) return undefined;
  } else if (!getPrefs().locationAllowed) {
    return undefined;
  }
  const r = await getLocation({ explain: false, timeoutMs });
  return r.ok ? r.point : undefined;
}

export function openVenueLocation(venue: {
  name: string;
  address: string;
  location: GeoPoint;
}): void {
  if (process.env.TARO_ENV === 'h5') {
    // No map SDK in H5: hand over to a map site that also offers directions.
    const url = `https://uri.amap.com/marker?position=${venue.location.lng},${venue.location.lat}&name=${encodeURIComponent(venue.name)}&coordinate=gaode&callnative=1`;
    if (typeof window !== 'undefined') window.open(url, '_blank');
    return;
  }
  void Taro.openLocation({
    latitude: venue.location.lat,
    longitude: venue.location.lng,
    name: venue.name,
    address: venue.address,
    scale: 16,
  }).catch(() => undefined);
}
