import type { CatalogSnapshot } from '../catalog/catalog.service';
import type { Trail } from '../trails/trail.entity';
import type { Checkpoint } from '../venues/checkpoint.entity';
import type { Venue } from '../venues/venue.entity';
import {
  derivedRows,
  joinKey,
  NO_CHECKPOINT_ID,
  mergeProgress,
  stampedByVisitor,
  stampKey,
  trailPairs,
} from './check-in.derive';
import { OFFLINE_REPLAY_PERIOD, type Verdict } from './check-in.rules';
import type { Job } from './check-in.types';

const venue = { id: 'v1', timezone: 'Asia/Shanghai' } as Venue;
const cp = (id: string) => ({ id, venueId: 'v1' }) as Checkpoint;
const snapshot = {
  trails: new Map([
    [
      't1',
      { trail: { id: 't1', name: '一号线', ordered: true } as Trail, checkpointIds: ['a', 'b'] },
    ],
    [
      't2',
      { trail: { id: 't2', name: '二号线', ordered: false } as Trail, checkpointIds: ['b', 'c'] },
    ],
  ]),
  trailsByCheckpoint: new Map([
    ['a', ['t1']],
    ['b', ['t1', 't2']],
    ['c', ['t2']],
  ]),
} as unknown as CatalogSnapshot;

const accepted: Verdict = {
  ok: true,
  periodKey: '2025-09-10',
  source: 'live',
  geofence: 'none',
  accuracyBucket: null,
};
const rejected: Verdict = {
  ok: false,
  code: 'VENUE_CLOSED',
  message: 'closed',
  source: 'live',
  geofence: 'none',
  accuracyBucket: null,
};

function job(visitorId: string, checkpointId: string, at: string, verdict = accepted): Job {
  return {
    item: {
      visitorId,
      idempotencyKey: `${visitorId}-${checkpointId}-${at}`,
      requestHash: 'h',
      scannedAt: new Date(at),
      receivedAt: new Date(at),
      verdict,
      checkpoint: cp(checkpointId),
      venue,
    },
    snapshot,
    resolve: () => undefined,
  };
}

describe('check-in derivations', () => {
  it('builds one key shape for composite lookups', () => {
    expect(joinKey('a', 1)).toBe('a\u00001');
    expect(
      stampKey({ visitor_id: 'x', checkpoint_id: 'c', campaign_id: 'k', period_key: 'p' }),
    ).toBe(joinKey('x', 'c', 'k', 'p'));
  });

  it('pairs each accepted scan with every trail its checkpoint is on, first scan time kept', () => {
    const pairs = trailPairs([
      job('x', 'b', '2025-09-10T02:00:00Z'),
      job('x', 'a', '2025-09-10T03:00:00Z'),
      job('y', 'c', '2025-09-10T02:00:00Z', rejected),
    ]);
    expect([...pairs.keys()].sort()).toEqual([joinKey('x', 't1'), joinKey('x', 't2')]);
    expect(pairs.get(joinKey('x', 't1'))!.at.toISOString()).toBe('2025-09-10T02:00:00.000Z');
  });

  it('merges earlier stamps with the batch and keeps a completion already recorded', () => {
    const pairs = trailPairs([job('x', 'b', '2025-09-10T02:00:00Z')]);
    const stamped = stampedByVisitor([
      { visitor_id: 'x', checkpoint_id: 'a' },
      { visitor_id: 'x', checkpoint_id: 'b' },
    ]);
    const earlier = new Date('2025-09-09T00:00:00Z');
    const merged = mergeProgress(
      pairs,
      stamped,
      new Map([[joinKey('x', 't2'), earlier]]),
      new Map([['x', 'teenager']]),
    );
    const t1 = merged.get(joinKey('x', 't1'))!;
    expect(t1.progress).toMatchObject({ collected: 2, total: 2, completed: true });
    expect(t1.completedAt!.toISOString()).toBe('2025-09-10T02:00:00.000Z');
    expect(merged.get(joinKey('x', 't2'))!.completedAt).toBe(earlier);
  });

  it('leaves out visitors the batch does not write for', () => {
    const pairs = trailPairs([job('ghost', 'a', '2025-09-10T02:00:00Z')]);
    expect(mergeProgress(pairs, new Map(), new Map(), new Map()).size).toBe(0);
  });

  it('counts outcomes per local hour, sorted, and records a visit only for a new stamp', () => {
    const rows = derivedRows(
      [
        { job: job('x', 'a', '2025-09-10T02:10:00Z'), isNew: true, group: 'teenager' },
        { job: job('y', 'a', '2025-09-10T02:20:00Z'), isNew: false, group: 'teenager' },
        { job: job('z', 'a', '2025-09-10T02:30:00Z'), isNew: true, group: 'teenager' },
        { job: job('w', 'a', '2025-09-09T16:30:00Z', rejected), isNew: false, group: 'elderly' },
      ],
      [],
    );
    expect(rows.stats.map((s) => [s.day, s.hour, s.audience_group, s.outcome, s.count])).toEqual([
      ['2025-09-10', 0, 'elderly', 'VENUE_CLOSED', 1],
      ['2025-09-10', 10, 'teenager', 'accepted', 2],
      ['2025-09-10', 10, 'teenager', 'repeat', 1],
    ]);
    expect(rows.visits.map((v) => v.visitor_key).sort()).toEqual(['x', 'z']);
  });

  it('counts backdated stamps apart, junk under the nil id, impossible scan times when received', () => {
    const replay: Verdict = { ...accepted, periodKey: OFFLINE_REPLAY_PERIOD, source: 'offline' };
    const junk = job('j', 'a', '2025-09-10T02:10:00Z', { ...rejected, code: 'QR_INVALID' });
    delete junk.item.checkpoint;
    delete junk.item.venue;
    const late = job('l', 'a', '2025-09-01T02:10:00Z', { ...rejected, code: 'SCAN_TIME_INVALID' });
    late.item.receivedAt = new Date('2025-09-10T02:40:00Z');
    const rows = derivedRows(
      [
        { job: job('x', 'a', '2025-09-09T02:10:00Z', replay), isNew: true, group: 'farmer' },
        { job: junk, isNew: false, group: 'farmer' },
        { job: late, isNew: false, group: 'farmer' },
      ],
      [],
    );
    expect(rows.stats.map((s) => [s.venue_id, s.day, s.hour, s.outcome])).toEqual([
      [NO_CHECKPOINT_ID, '2025-09-10', 10, 'QR_INVALID'],
      ['v1', '2025-09-09', 10, 'offline_replay'],
      ['v1', '2025-09-10', 10, 'SCAN_TIME_INVALID'],
    ]);
    expect(rows.visits).toEqual([expect.objectContaining({ visitor_key: 'x', day: '2025-09-09' })]);
  });
});
