import { rotationSlot } from '@xinghuo/shared';
import type { Campaign } from '../campaigns/campaign.entity';
import type { QrFields } from '../qr/qr-token';
import type { Checkpoint } from '../venues/checkpoint.entity';
import type { Venue } from '../venues/venue.entity';
import {
  campaignFor,
  countedScanTime,
  judgeCheckIn,
  type JudgeInput,
  OFFLINE_REPLAY_PERIOD,
} from './check-in.rules';

const now = new Date('2025-09-10T04:00:00Z'); // 12:00 in Shanghai, a Wednesday
const checkpoint = {
  id: 'cp',
  codeNo: 7,
  qrMode: 'static',
  qrVersion: 2,
  active: true,
  live: true,
} as Checkpoint;
const venue = {
  id: 'v',
  name: '唐山科技馆',
  status: 'published',
  openingHours: null,
  closedDates: [] as string[],
  timezone: 'Asia/Shanghai',
  geofenceRadiusM: null,
  lat: 39.63,
  lng: 118.18,
} as Venue;
const campaign = { id: 'c', stampRule: 'per_day' } as Campaign;
const token: QrFields = { keyId: 1, kind: 'static', codeNo: 7, counter: 2 };

const input = (over: Partial<JudgeInput> = {}): JudgeInput => ({
  scannedAt: now,
  receivedAt: now,
  token,
  checkpoint,
  venue,
  campaign,
  ...over,
});

const codeOf = (i: JudgeInput) => {
  const v = judgeCheckIn(i);
  return v.ok ? 'OK' : v.code;
};

describe('judgeCheckIn', () => {
  it('accepts a valid live scan with a local-date period', () => {
    const v = judgeCheckIn(input());
    expect(v).toMatchObject({
      ok: true,
      periodKey: '2025-09-10',
      source: 'live',
      geofence: 'none',
    });
  });

  it('uses the venue local date, not UTC', () => {
    const lateEvening = new Date('2025-09-10T17:30:00Z'); // 01:30 on the 11th in Shanghai
    const v = judgeCheckIn(input({ scannedAt: lateEvening, receivedAt: lateEvening }));
    expect(v.ok && v.periodKey).toBe('2025-09-11');
    const campaignWide = judgeCheckIn(
      input({ campaign: { ...campaign, stampRule: 'per_campaign' } as Campaign }),
    );
    expect(campaignWide.ok && campaignWide.periodKey).toBe('campaign');
  });

  it('checks in order: a code of ours, scan time, code current, checkpoint, campaign, hours, geofence', () => {
    // A code that is not ours is refused as such whatever its time: the answer never changes.
    expect(
      codeOf(input({ token: null, scannedAt: new Date(now.getTime() - 80 * 3_600_000) })),
    ).toBe('QR_INVALID');
    expect(codeOf(input({ scannedAt: new Date(now.getTime() + 10 * 60_000) }))).toBe(
      'SCAN_TIME_INVALID',
    );
    expect(codeOf(input({ scannedAt: new Date(now.getTime() - 73 * 3_600_000) }))).toBe(
      'SCAN_TIME_INVALID',
    );
    expect(codeOf(input({ token: null }))).toBe('QR_INVALID');
    expect(codeOf(input({ checkpoint: undefined }))).toBe('QR_INVALID');
    expect(codeOf(input({ token: { ...token, counter: 1 } }))).toBe('QR_REVOKED');
    expect(codeOf(input({ token: { ...token, kind: 'rotating' } }))).toBe('QR_REVOKED');
    expect(codeOf(input({ checkpoint: { ...checkpoint, active: false } as Checkpoint }))).toBe(
      'CHECKPOINT_INACTIVE',
    );
    expect(codeOf(input({ venue: { ...venue, status: 'closed' } as Venue }))).toBe(
      'CHECKPOINT_INACTIVE',
    );
    expect(codeOf(input({ campaign: undefined }))).toBe('OUTSIDE_CAMPAIGN');
  });

  it('allows a little clock skew and marks late arrivals as offline replays', () => {
    expect(codeOf(input({ scannedAt: new Date(now.getTime() + 60_000) }))).toBe('OK');
    const replay = judgeCheckIn(input({ scannedAt: new Date(now.getTime() - 3_600_000) }));
    expect(replay.source).toBe('offline');
  });

  describe('rotating codes prove presence on arrival', () => {
    const rotating = { ...checkpoint, qrMode: 'rotating' } as Checkpoint;
    const shown = (counter: number, over: Partial<JudgeInput> = {}) =>
      judgeCheckIn(
        input({ checkpoint: rotating, token: { ...token, kind: 'rotating', counter }, ...over }),
      );
    const slotStart = rotationSlot(now) * 30_000;

    it('takes a code until one rotation after it left the screen, plus a little skew', () => {
      const slot = rotationSlot(now);
      expect(shown(slot).ok).toBe(true);
      expect(shown(slot - 1).ok).toBe(true);
      const at = (ms: number) => ({ scannedAt: new Date(ms), receivedAt: new Date(ms) });
      // The code of `slot` is on screen until slotStart + 30 s: accepted until 30 s + skew later.
      expect(shown(slot, at(slotStart + 64_000)).ok).toBe(true);
      expect(shown(slot, at(slotStart + 66_000))).toMatchObject({ ok: false, code: 'QR_EXPIRED' });
      expect(shown(slot - 3)).toMatchObject({ ok: false, code: 'QR_EXPIRED' });
      expect(shown(slot + 5)).toMatchObject({ ok: false, code: 'QR_INVALID' });
    });

    it('judges the code at receive time, whatever scan time the phone reports', () => {
      const fetchedAt = new Date(slotStart + 10_000);
      const receivedAt = new Date(fetchedAt.getTime() + 65_000);
      const replay = shown(rotationSlot(fetchedAt), { scannedAt: fetchedAt, receivedAt });
      expect(replay).toMatchObject({ ok: false, code: 'QR_EXPIRED' });
      expect(!replay.ok && replay.message).toContain('动态码需在线扫描');
      // Within the live window too: a code that left the screen a minute before arrival is
      // refused, though it was the previous code at the scan time the phone claims.
      const claimed = new Date(now.getTime() - 50_000);
      expect(
        shown(rotationSlot(claimed) - 1, { scannedAt: claimed, receivedAt: now }),
      ).toMatchObject({ ok: false, code: 'QR_EXPIRED' });
    });

    it('is never taken from the offline queue, even with the code of its scan time', () => {
      const scannedAt = new Date(now.getTime() - 2 * 3_600_000);
      const replay = shown(rotationSlot(scannedAt), { scannedAt });
      expect(replay).toMatchObject({ ok: false, code: 'QR_EXPIRED', source: 'offline' });
    });

    it('counts at its receive time', () => {
      const claimed = new Date(now.getTime() - 30_000);
      expect(countedScanTime({ kind: 'rotating' }, claimed, now)).toBe(now);
      expect(countedScanTime({ kind: 'static' }, claimed, now)).toBe(claimed);
      expect(countedScanTime(null, claimed, now)).toBe(claimed);
    });
  });

  describe('backdated scans', () => {
    const day = 86_400_000;
    it('earn the one offline-replay stamp of the campaign when older than the current period', () => {
      const yesterday = judgeCheckIn(input({ scannedAt: new Date(now.getTime() - day) }));
      expect(yesterday).toMatchObject({ ok: true, periodKey: OFFLINE_REPLAY_PERIOD });
      const twoDaysAgo = judgeCheckIn(input({ scannedAt: new Date(now.getTime() - 2 * day) }));
      expect(twoDaysAgo).toMatchObject({ ok: true, periodKey: OFFLINE_REPLAY_PERIOD });
    });

    it('keep their own period when it is the current one', () => {
      const earlierToday = judgeCheckIn(input({ scannedAt: new Date(now.getTime() - 3_600_000) }));
      expect(earlierToday).toMatchObject({ ok: true, periodKey: '2025-09-10', source: 'offline' });
      const perCampaign = judgeCheckIn(
        input({
          scannedAt: new Date(now.getTime() - day),
          campaign: { ...campaign, stampRule: 'per_campaign' } as Campaign,
        }),
      );
      expect(perCampaign).toMatchObject({ ok: true, periodKey: 'campaign' });
    });

    it('a live scan that crosses midnight on its way keeps its own day', () => {
      const scannedAt = new Date('2025-09-10T15:59:50Z'); // 23:59:50 in Shanghai
      const receivedAt = new Date('2025-09-10T16:00:05Z');
      expect(judgeCheckIn(input({ scannedAt, receivedAt }))).toMatchObject({
        ok: true,
        source: 'live',
        periodKey: '2025-09-10',
      });
    });
  });

  it('explains closed hours with the timetable', () => {
    const hours = { wed: [['14:00', '17:00']] as Array<[string, string]> };
    const v = judgeCheckIn(input({ venue: { ...venue, openingHours: hours } as Venue }));
    expect(v.ok).toBe(false);
    if (!v.ok) {
      expect(v.code).toBe('VENUE_CLOSED');
      expect(v.message).toContain('周三 14:00–17:00');
    }
  });

  it('refuses the local days the venue is closed, and a checkpoint not yet approved', () => {
    expect(codeOf(input({ venue: { ...venue, closedDates: ['2025-09-10'] } as Venue }))).toBe(
      'VENUE_CLOSED',
    );
    expect(codeOf(input({ venue: { ...venue, closedDates: ['2025-09-11'] } as Venue }))).toBe('OK');
    expect(codeOf(input({ checkpoint: { ...checkpoint, live: false } as Checkpoint }))).toBe(
      'CHECKPOINT_INACTIVE',
    );
  });

  it('needs a location inside the geofence, with some allowance for GPS accuracy', () => {
    const fenced = { ...venue, geofenceRadiusM: 300 } as Venue;
    expect(codeOf(input({ venue: fenced }))).toBe('LOCATION_REQUIRED');
    const far = { lat: 39.64, lng: 118.18, accuracyM: 10 }; // ~1.1 km north
    expect(codeOf(input({ venue: fenced, location: far }))).toBe('OUT_OF_GEOFENCE');
    const edge = { lat: 39.6334, lng: 118.18 }; // ~380 m
    expect(codeOf(input({ venue: fenced, location: edge }))).toBe('OUT_OF_GEOFENCE');
    expect(codeOf(input({ venue: fenced, location: { ...edge, accuracyM: 100 } }))).toBe('OK');
    const pass = judgeCheckIn(
      input({ venue: fenced, location: { lat: 39.631, lng: 118.18, accuracyM: 30 } }),
    );
    expect(pass).toMatchObject({ ok: true, geofence: 'pass', accuracyBucket: 'lt100' });
  });
});

describe('campaignFor', () => {
  const paths: Record<string, string> = { '100000': '100000/', '130200': '100000/130000/130200/' };
  const c = (id: string, region: string, from: string, to: string) =>
    ({ id, regionCode: region, startsAt: new Date(from), endsAt: new Date(to) }) as Campaign;
  const national = c(
    'national',
    '100000',
    '2025-09-01T00:00:00+08:00',
    '2025-10-01T00:00:00+08:00',
  );
  const city = c('city', '130200', '2025-09-05T00:00:00+08:00', '2025-09-20T00:00:00+08:00');

  it('picks the most local open campaign covering the venue', () => {
    const pick = (at: string, path: string) =>
      campaignFor([national, city], new Date(at), path, (code) => paths[code])?.id;
    expect(pick('2025-09-10T12:00:00+08:00', '100000/130000/130200/130202/')).toBe('city');
    expect(pick('2025-09-10T12:00:00+08:00', '100000/440000/440200/')).toBe('national');
    expect(pick('2025-09-21T12:00:00+08:00', '100000/130000/130200/130202/')).toBe('national');
    expect(pick('2025-10-01T00:00:00+08:00', '100000/130000/130200/')).toBeUndefined();
    expect(pick('2025-08-31T23:59:59+08:00', '100000/130000/130200/')).toBeUndefined();
  });
});
