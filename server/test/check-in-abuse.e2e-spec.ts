import { rotationSlot } from '@xinghuo/shared';
import { DAY_MS, IDS } from './support/fixture';
import { lastShanghaiTime, ManualClock, type TestApp, withTestApp } from './support/app';

const SLOT_MS = 30_000;

describe('POST /api/check-ins: replaying and backdating codes', () => {
  // Held 10 s into a rotation slot, so each test knows exactly which code the screen shows.
  const clock = new ManualClock();
  const ctx = withTestApp({}, { clock });
  let t: TestApp;
  let visitor: string;
  beforeEach(() => {
    ({ t, visitor } = ctx);
    clock.set(rotationSlot(Date.now()) * SLOT_MS + 10_000);
  });

  async function screenCode(): Promise<{ url: string; fetchedAt: Date }> {
    const staff = await t.login('staff-open');
    const res = await t.request('GET', `/api/checkpoints/${IDS.cpRotating}/qr`, { token: staff });
    expect(res.status).toBe(200);
    return { url: res.body.url as string, fetchedAt: new Date(clock.now()) };
  }

  describe('a rotating code proves presence now', () => {
    it('refuses a code posted 65 s after it was fetched, with scannedAt set to the fetch time', async () => {
      const { url, fetchedAt } = await screenCode();
      clock.advance(65_000);
      const replay = await t.checkIn(visitor, { code: url, scannedAt: fetchedAt.toISOString() });
      expect(replay.status).toBe(422);
      expect(replay.body.error.code).toBe('QR_EXPIRED');
      expect(replay.body.error.message).toContain('动态码需在线扫描');
      const photo = await t.checkIn(visitor, { code: url });
      expect(photo.status).toBe(422);
      expect(photo.body.error.code).toBe('QR_EXPIRED');
      expect(await t.count(`SELECT count(*) n FROM check_in WHERE status = 'accepted'`)).toBe(0);
    });

    it('accepts the code while it is on screen and one rotation after, counted when it arrived', async () => {
      const { url, fetchedAt } = await screenCode();
      clock.advance(45_000); // the next code is showing: this one is in its grace rotation
      const late = await t.checkIn(visitor, { code: url, scannedAt: fetchedAt.toISOString() });
      expect(late.status).toBe(201);
      expect(late.body.stamp.source).toBe('live');
      expect(late.body.stamp.scannedAt).toBe(new Date(clock.now()).toISOString());
    });

    it('refuses an offline replay of a rotating code even with the code of its scan time', async () => {
      const scannedAt = new Date(clock.now() - 2 * 3_600_000);
      const code = await t.codeFor(IDS.cpRotating, { counter: rotationSlot(scannedAt) });
      const res = await t.checkIn(visitor, { code, scannedAt: scannedAt.toISOString() });
      expect(res.status).toBe(422);
      expect(res.body.error).toMatchObject({ code: 'QR_EXPIRED' });
      expect(res.body.error.message).toContain('动态码需在线扫描');
    });
  });

  describe('a backdated scan earns no more than the visit it records', () => {
    it('gives a printed code scanned now, one and two days ago two stamps, not three', async () => {
      const code = await t.codeFor(IDS.cpOpen1);
      // The fixture's campaign opened two days before the real now; keep inside it.
      const ago = (ms: number) => new Date(clock.now() - ms).toISOString();
      const statuses = [];
      for (const scannedAt of [ago(0), ago(DAY_MS), ago(2 * DAY_MS - 10 * 60_000)]) {
        statuses.push((await t.checkIn(visitor, { code, scannedAt })).status);
      }
      expect(statuses).toEqual([201, 201, 200]);
      expect(await t.count(`SELECT count(*) n FROM check_in WHERE status = 'accepted'`)).toBe(2);
      expect(
        await t.count(`SELECT sum(count) n FROM check_in_stat WHERE outcome = 'offline_replay'`),
      ).toBe(1);
      expect(
        await t.count(`SELECT sum(count) n FROM check_in_stat WHERE outcome = 'accepted'`),
      ).toBe(1);
      expect(await t.count(`SELECT sum(count) n FROM check_in_stat WHERE outcome = 'repeat'`)).toBe(
        1,
      );
    });

    it('an offline scan from earlier today keeps its own period', async () => {
      const code = await t.codeFor(IDS.cpOpen2);
      clock.set(lastShanghaiTime(12));
      const scannedAt = new Date(clock.now() - 2 * 3_600_000).toISOString();
      expect((await t.checkIn(visitor, { code, scannedAt })).status).toBe(201);
      expect((await t.checkIn(visitor, { code })).status).toBe(200);
      expect(
        await t.count(`SELECT count(*) n FROM check_in WHERE period_key = 'offline_replay'`),
      ).toBe(0);
    });
  });
});
