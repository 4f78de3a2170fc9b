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
  type QrMode,
  type ReportedLocation,
  ROTATING_CODE_OFFLINE_MESSAGE,
  ROTATING_QR_PERIOD_SECONDS,
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
/**
 * How far apart the clocks of the server processes may be: a screen shows the code one process
 * computed, the scan may arrive at another. Phones' clocks play no part in rotating codes.
 */
export const ROTATING_CODE_SKEW_MS = 5_000;
const ROTATION_MS = ROTATING_QR_PERIOD_SECONDS * 1000;
/**
 * The period of every stamp earned by a scan replayed from an older period than the one it
 * arrives in: one such stamp per visitor, checkpoint and campaign (decisions.md, 34).
 */
export const OFFLINE_REPLAY_PERIOD = 'offline_replay';

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
 * The instant a scan counts at: a rotating code proves presence when it reaches us, so its
 * receive time; a printed code, the scan time the phone reported (an offline replay).
 */
export function countedScanTime(
  token: { kind: QrMode } | null,
  scannedAt: Date,
  receivedAt: Date,
): Date {
  return token?.kind === 'rotating' ? receivedAt : scannedAt;
}

/**
 * The check-in rules of product.md, in the order a visitor can act on them: is the code ours,
 * is the scan time believable, is the code current, is the checkpoint open to the public, is
 * there a campaign, is the venue open, is the visitor there. A printed code is judged at its
 * scan time, so an offline replay is treated as it would have been live, but a replay from an
 * older period earns at most one stamp per checkpoint and campaign; a rotating code is judged
 * at its receive time and never taken from an offline queue.
 */
export function judgeCheckIn(input: JudgeInput): Verdict {
  const { scannedAt, receivedAt, token, checkpoint, venue, campaign, location } = input;
  const lateness = receivedAt.getTime() - scannedAt.getTime();
  const base: VerdictBase = {
    source: lateness > LIVE_WINDOW_MS ? 'offline' : 'live',
    geofence: 'none',
    accuracyBucket: location ? accuracyBucket(location.accuracyM) : null,
  };

  // First, so the answer to a code that is not ours never depends on when it is sent.
  if (!token || !checkpoint || !venue) return reject(base, 'QR_INVALID');

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
  if (token.kind !== checkpoint.qrMode) return reject(base, 'QR_REVOKED');
  if (token.kind === 'static') {
    if (token.counter !== checkpoint.qrVersion) return reject(base, 'QR_REVOKED');
  } else {
    if (base.source === 'offline') return reject(base, 'QR_EXPIRED', ROTATING_CODE_OFFLINE_MESSAGE);
    // On screen from shownAt for one rotation, then accepted for one more (a scan on its way).
    const shownAt = token.counter * ROTATION_MS;
    const arrived = receivedAt.getTime();
    if (shownAt > arrived + ROTATING_CODE_SKEW_MS) return reject(base, 'QR_INVALID');
    if (arrived > shownAt + 2 * ROTATION_MS + ROTATING_CODE_SKEW_MS) {
      return reject(base, 'QR_EXPIRED');
    }
  }
  const at = countedScanTime(token, scannedAt, receivedAt);

  if (!checkpoint.active || !checkpoint.live || venue.status !== 'published')
    return reject(base, 'CHECKPOINT_INACTIVE');
  if (!campaign) return reject(base, 'OUTSIDE_CAMPAIGN');

  if (isClosedDate(venue.closedDates, at, venue.timezone)) {
    return reject(base, 'VENUE_CLOSED', '场馆今日闭馆，请改日再来', { venueId: venue.id });
  }
  if (!isOpenAt(venue.openingHours, at, venue.timezone)) {
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

  const period = stampPeriodKey(campaign.stampRule, at, venue.timezone);
  const backdated =
    base.source === 'offline' &&
    period !== stampPeriodKey(campaign.stampRule, receivedAt, venue.timezone);
  return { ...base, ok: true, periodKey: backdated ? OFFLINE_REPLAY_PERIOD : period };
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
