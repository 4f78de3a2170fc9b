import type { PassportResponse } from '@xinghuo/shared';
import { StatsFolder } from '../../src/stats/stats.folder';
import { ManualClock, TestApp } from './app';
import { ACCOUNTS, IDS } from './fixture';

/** Beijing time, the venues' zone in the fixture. */
export const at = (local: string) => new Date(`${local}+08:00`);

export interface Scenario {
  tokens: Record<'a' | 'b' | 'c' | 'd', string>;
  ids: Record<'a' | 'b' | 'c' | 'd', string>;
  /** Check-in ids of the stamps the scenario names. */
  stamps: Record<'a1' | 'b1' | 'd1', string>;
}

export const fold = (t: TestApp) => t.app.get(StatsFolder).foldNow();

/**
 * The small history every figures test is computed by hand against (times are Beijing time):
 *
 *   09-10 10:00  A (teenager) stamps 焊接机器人 (cpOpen1, 开放实验室, 路南区)
 *   09-10 10:20  A stamps 视觉检测 (cpOpen2)
 *   09-10 10:30  A scans cpOpen1 again: a repeat
 *   09-10 11:00  B (farmer) stamps cpOpen1
 *   09-10 20:00  C (elderly) scans 地震体验 (cpHours, 唐山科技馆, 路北区) after hours: VENUE_CLOSED
 *   09-11 10:00  A stamps cpHours: the last stop of 唐山智造之旅, 24 h after the first
 *   09-11 15:00  B stamps 雷电展区 (cpShaoguan, 韶关): 韶关防雷路线 finished at once
 *   09-12 09:00  B stamps cpOpen2
 *   09-12 09:30  D (no group) stamps cpOpen1
 *       — the folder runs —
 *   09-12 10:00  B's offline scan of cpOpen1 from 09-11 12:00 arrives: a day between two of B's
 *   09-12 10:05  D scans 围栏内展台 (cpFence) without a location: LOCATION_REQUIRED
 *       — the folder runs —
 *
 * Both campaigns of the fixture cover these days; stamps are per day.
 */
export async function playScenario(t: TestApp, clock: ManualClock): Promise<Scenario> {
  clock.set(at('2025-09-10T09:00:00'));
  await t.reset(at('2025-09-10T09:00:00'));
  const tokens = { a: await t.guest(), b: await t.guest(), c: await t.guest(), d: await t.guest() };
  const groups = { a: 'teenager', b: 'farmer', c: 'elderly', d: null };
  const ids = {} as Scenario['ids'];
  for (const who of ['a', 'b', 'c', 'd'] as const) {
    await t.request('PATCH', '/api/me', {
      token: tokens[who],
      body: { audienceGroup: groups[who] },
    });
    const passport = await t.request<PassportResponse>('GET', '/api/me/passport', {
      token: tokens[who],
    });
    ids[who] = passport.body.visitor.id;
  }
  const scan = async (
    local: string,
    who: keyof Scenario['tokens'],
    checkpoint: string,
    expected: number,
    scannedAt?: string,
  ) => {
    clock.set(at(local));
    const res = await t.checkIn(tokens[who], {
      code: await t.codeFor(checkpoint),
      ...(scannedAt ? { scannedAt: at(scannedAt).toISOString() } : {}),
    });
    if (res.status !== expected) {
      throw new Error(`${local} ${who}: expected ${expected}, got ${res.status} ${res.text}`);
    }
    return String(res.body.stamp?.checkInId ?? '');
  };
  const a1 = await scan('2025-09-10T10:00:00', 'a', IDS.cpOpen1, 201);
  await scan('2025-09-10T10:20:00', 'a', IDS.cpOpen2, 201);
  await scan('2025-09-10T10:30:00', 'a', IDS.cpOpen1, 200);
  const b1 = await scan('2025-09-10T11:00:00', 'b', IDS.cpOpen1, 201);
  await scan('2025-09-10T20:00:00', 'c', IDS.cpHours, 422);
  await scan('2025-09-11T10:00:00', 'a', IDS.cpHours, 201);
  await scan('2025-09-11T15:00:00', 'b', IDS.cpShaoguan, 201);
  await scan('2025-09-12T09:00:00', 'b', IDS.cpOpen2, 201);
  const d1 = await scan('2025-09-12T09:30:00', 'd', IDS.cpOpen1, 201);
  await fold(t);
  await scan('2025-09-12T10:00:00', 'b', IDS.cpOpen1, 201, '2025-09-11T12:00:00');
  await scan('2025-09-12T10:05:00', 'd', IDS.cpFence, 422);
  await fold(t);
  return { tokens, ids, stamps: { a1, b1, d1 } };
}

export interface Figures {
  t: TestApp;
  s: Scenario;
  /** Tokens of the readers: the nation's organizer, 唐山市's, and the staff of 开放实验室. */
  national: string;
  tangshan: string;
  staff: string;
  /** A figure as JSON; any other answer than 200 fails the test with its text. */
  get<T>(token: string, path: string): Promise<T>;
}

/** A test app on the scenario, with the answers the learning figures count. */
export async function startFigures(): Promise<Figures> {
  const clock = new ManualClock();
  const t = await TestApp.start({}, { clock });
  const s = await playScenario(t, clock);
  const readers = {
    national: await t.login(ACCOUNTS.orgNational),
    tangshan: await t.login(ACCOUNTS.orgTangshan),
    staff: await t.login(ACCOUNTS.staffOpen),
  };
  // A, B and D answer the question of cpOpen1: A and D right, B wrong; D asks twice.
  const answer = (token: string, id: string, choice: number) =>
    t.request('POST', `/api/check-ins/${id}/answer`, { token, body: { choice } });
  await answer(s.tokens.a, s.stamps.a1, 1);
  await answer(s.tokens.b, s.stamps.b1, 0);
  await answer(s.tokens.d, s.stamps.d1, 1);
  await answer(s.tokens.d, s.stamps.d1, 0);
  const get = async <T>(token: string, path: string): Promise<T> => {
    const res = await t.request<T>('GET', path, { token });
    if (res.status !== 200) throw new Error(`${path}: ${res.status} ${res.text}`);
    return res.body;
  };
  return { t, s, ...readers, get };
}
