import { rotationSlot } from '@xinghuo/shared';
import type { Campaign } from '../campaigns/campaign.entity';
import type { QrFields } from '../qr/qr-token';
import type { Checkpoint } from '../venues/checkpoint.entity';
import type { Venue } from '../venues/venue.entity';
import { campaignFor, judgeCheckIn, type JudgeInput } from './check-in.rules';

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

  it('checks in order: scan time, code, checkpoint, campaign, hours, geofence', () => {
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

  it('takes the current and previous rotating slot only, judged at scan time', () => {
    const rotating = { ...checkpoint, qrMode: 'rotating' } as Checkpoint;
    const slot = rotationSlot(now);
    const at = (counter: number) =>
      codeOf(input({ checkpoint: rotating, token: { ...token, kind: 'rotating', counter } }));
    expect(at(slot)).toBe('OK');
    expect(at(slot - 1)).toBe('OK');
    expect(at(slot - 2)).toBe('QR_EXPIRED');
    expect(at(slot + 5)).toBe('QR_INVALID');
    const scannedAt = new Date(now.getTime() - 2 * 3_600_000);
    const replay = judgeCheckIn(
      input({
        scannedAt,
        checkpoint: rotating,
        token: { ...token, kind: 'rotating', counter: rotationSlot(scannedAt) },
      }),
    );
    expect(replay.ok).toBe(true);
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
