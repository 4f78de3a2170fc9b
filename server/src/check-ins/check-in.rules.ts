import {
  accuracyBucket,
  type AccuracyBucket,
  type CheckInRejectionCode,
  type CheckInSource,
  ERROR_HINTS,
  formatOpeningHours,
  insideGeofence,
  isClosedDate,
  isOpenAt,
  MAX_OFFLINE_LATENESS_HOURS,
  type ReportedLocation,
  rotationSlot,
  stampPeriodKey,
} from '@xinghuo/shared';
import type { Campaign } from '../campaigns/campaign.entity';
import type { QrFields } from '../qr/qr-token';
import type { Checkpoint } from '../venues/checkpoint.entity';
import type { Venue } from '../venues/venue.entity';
import type { GeofenceResult } from './check-in.entity';

/** Clock skew allowed for a scan time a little ahead of the server's. */
export const MAX_CLOCK_SKEW_MS = 2 * 60_000;
/** A scan sent later than this after scanning is marked as an offline replay. */
export const LIVE_WINDOW_MS = 60_000;

export interface JudgeInput {
  scannedAt: Date;
  receivedAt: Date;
  /** Null when the scanned text held no token signed by us. */
  token: QrFields | null;
  checkpoint: Checkpoint | undefined;
  venue: Venue | undefined;
  /** The campaign covering the venue at scan time, if any. */
  campaign: Campaign | undefined;
  location?: ReportedLocation;
}

interface VerdictBase {
  source: CheckInSource;
  geofence: GeofenceResult;
  accuracyBucket: AccuracyBucket | null;
}

export type Verdict =
  | (VerdictBase & { ok: true; periodKey: string })
  | (VerdictBase & {
      ok: false;
      code: CheckInRejectionCode;
      message: string;
      details?: Record<string, unknown>;
    });

function reject(
  base: VerdictBase,
  code: CheckInRejectionCode,
  message: string = ERROR_HINTS[code],
  details?: Record<string, unknown>,
): Verdict {
  return { ...base, ok: false, code, message, ...(details ? { details } : {}) };
}

/**
 * The check-in rules of product.md, in the order a visitor can act on them: is the scan time
 * believable, is the code ours and current, is the checkpoint open to the public, is there a
 * campaign, is the venue open, is the visitor there. Judged at scan time, so offline replays
 * are treated as they would have been live.
 */
export function judgeCheckIn(input: JudgeInput): Verdict {
  const { scannedAt, receivedAt, token, checkpoint, venue, campaign, location } = input;
  const lateness = receivedAt.getTime() - scannedAt.getTime();
  const base: VerdictBase = {
    source: lateness > LIVE_WINDOW_MS ? 'offline' : 'live',
    geofence: 'none',
    accuracyBucket: location ? accuracyBucket(location.accuracyM) : null,
  };

  if (lateness < -MAX_CLOCK_SKEW_MS) {
    return reject(base, 'SCAN_TIME_INVALID', '扫码时间晚于当前时间，请检查手机时间设置后重新扫码');
  }
  if (lateness > MAX_OFFLINE_LATENESS_HOURS * 3_600_000) {
    return reject(
      base,
      'SCAN_TIME_INVALID',
      `离线打卡需在扫码后 ${MAX_OFFLINE_LATENESS_HOURS} 小时内联网提交，这条记录已超时`,
    );
  }
  if (!token || !checkpoint || !venue) return reject(base, 'QR_INVALID');

  if (token.kind !== checkpoint.qrMode) return reject(base, 'QR_REVOKED');
  if (token.kind === 'static') {
    if (token.counter !== checkpoint.qrVersion) return reject(base, 'QR_REVOKED');
  } else {
    const slot = rotationSlot(scannedAt);
    if (token.counter !== slot && token.counter !== slot - 1) {
      return reject(base, token.counter > slot ? 'QR_INVALID' : 'QR_EXPIRED');
    }
  }

  if (!checkpoint.active || !checkpoint.live || venue.status !== 'published')
    return reject(base, 'CHECKPOINT_INACTIVE');
  if (!campaign) return reject(base, 'OUTSIDE_CAMPAIGN');

  if (isClosedDate(venue.closedDates, scannedAt, venue.timezone)) {
    return reject(base, 'VENUE_CLOSED', '场馆今日闭馆，请改日再来', { venueId: venue.id });
  }
  if (!isOpenAt(venue.openingHours, scannedAt, venue.timezone)) {
    const hours = formatOpeningHours(venue.openingHours);
    return reject(base, 'VENUE_CLOSED', `不在开放时间，开放时间为 ${hours}`, {
      venueId: venue.id,
      openingHours: venue.openingHours,
      openingHoursText: hours,
    });
  }

  if (venue.geofenceRadiusM !== null) {
    if (!location) return reject(base, 'LOCATION_REQUIRED', undefined, { venueId: venue.id });
    const inside = insideGeofence(
      { lat: venue.lat, lng: venue.lng },
      venue.geofenceRadiusM,
      location,
    );
    base.geofence = inside ? 'pass' : 'fail';
    if (!inside) {
      return reject(
        base,
        'OUT_OF_GEOFENCE',
        `您不在「${venue.name}」附近（需在场馆 ${venue.geofenceRadiusM} 米范围内），请到达场馆后再打卡`,
        { venueId: venue.id, radiusM: venue.geofenceRadiusM },
      );
    }
  }

  return {
    ...base,
    ok: true,
    periodKey: stampPeriodKey(campaign.stampRule, scannedAt, venue.timezone),
  };
}

/**
 * The campaign a scan counts for: open at that instant and covering the venue's region; the
 * most local one wins when several do (a city's own month inside the national one).
 */
export function campaignFor(
  campaigns: readonly Campaign[],
  at: Date,
  venueRegionPath: string,
  regionPath: (code: string) => string | undefined,
): Campaign | undefined {
  let best: { campaign: Campaign; depth: number } | undefined;
  for (const c of campaigns) {
    if (c.startsAt.getTime() > at.getTime() || c.endsAt.getTime() <= at.getTime()) continue;
    const path = regionPath(c.regionCode);
    if (!path || !venueRegionPath.startsWith(path)) continue;
    if (!best || path.length > best.depth) best = { campaign: c, depth: path.length };
  }
  return best?.campaign;
}
