import type { AnswerResponse, CheckInResponse } from '@xinghuo/shared';
import { TestApp } from './support/app';
import { ACCOUNTS, IDS } from './support/fixture';

const SECRET = /answerIndex|explanation|因为乙/;

describe('POST /api/check-ins/:id/answer', () => {
  let t: TestApp;
  let visitor: string;
  let stampId: string;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(async () => {
    await t.stop();
  });
  beforeEach(async () => {
    await t.reset();
    visitor = await t.guest();
    const res = await t.checkIn(visitor, { code: await t.codeFor(IDS.cpOpen1) });
    stampId = (res.body as CheckInResponse).stamp.checkInId;
  });

  const answer = (token: string, id: string, body: unknown) =>
    t.request<AnswerResponse>('POST', `/api/check-ins/${id}/answer`, { token, body });

  it('judges the first answer and tells the right one with its explanation', async () => {
    const res = await answer(visitor, stampId, { choice: 2 });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      checkInId: stampId,
      choice: 2,
      correct: false,
      answerIndex: 1,
      explanation: '因为乙。',
      answeredAt: expect.any(String),
    });
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('never judges again: a second answer gets the first judgement', async () => {
    const first = await answer(visitor, stampId, { choice: 1 });
    expect(first.body.correct).toBe(true);
    const again = await answer(visitor, stampId, { choice: 0 });
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    expect(await t.count('SELECT sum(answered) n FROM learning_stat')).toBe(1);
    expect(await t.count('SELECT sum(correct) n FROM learning_stat')).toBe(1);
  });

  it('judges once when two answers race', async () => {
    const [a, b] = await Promise.all([
      answer(visitor, stampId, { choice: 0 }),
      answer(visitor, stampId, { choice: 1 }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 201]);
    expect(a.body).toEqual(b.body);
    expect(await t.count('SELECT sum(answered) n FROM learning_stat')).toBe(1);
    expect(await t.count('SELECT count(*) n FROM check_in_answer')).toBe(1);
  });

  it("refuses another visitor's check-in exactly as one that does not exist", async () => {
    const other = await t.guest();
    const theirs = await answer(other, stampId, { choice: 1 });
    const nobodys = await answer(other, String(Number(stampId) + 1000), { choice: 1 });
    expect(theirs.status).toBe(404);
    expect(theirs.text).toBe(nobodys.text);
    expect(theirs.text).not.toMatch(SECRET);
    expect(await t.count('SELECT count(*) n FROM check_in_answer')).toBe(0);
    // The owner can still answer afterwards.
    expect((await answer(visitor, stampId, { choice: 1 })).status).toBe(201);
  });

  it('answers only stamps: a rejected scan has nothing to answer', async () => {
    const rejected = await t.checkIn(visitor, {
      code: await t.codeFor(IDS.cpOpen1, { counter: 99 }),
    });
    expect(rejected.status).toBe(422);
    const [row] = (await t.db.query(
      `SELECT id::text FROM check_in WHERE status = 'rejected'`,
    )) as Array<{ id: string }>;
    expect((await answer(visitor, row!.id, { choice: 1 })).status).toBe(404);
  });

  it('says so when the checkpoint asks no question', async () => {
    const res = await t.checkIn(visitor, { code: await t.codeFor(IDS.cpOpen2) });
    const id = (res.body as CheckInResponse).stamp.checkInId;
    const reply = await answer(visitor, id, { choice: 0 });
    expect(reply.status).toBe(404);
    expect(reply.body).toMatchObject({ error: { code: 'NO_QUESTION' } });
  });

  it.each([
    [{ choice: 3 }, 'choice'],
    [{ choice: -1 }, 'choice'],
    [{ choice: 1.5 }, 'choice'],
    [{ choice: '1' }, 'choice'],
    [{}, 'choice'],
    [{ choice: 1, correct: true }, 'correct'],
  ])('refuses %j naming %s, and judges nothing', async (body, field) => {
    const res = await answer(visitor, stampId, body);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: { code: 'VALIDATION_FAILED', field } });
    expect(await t.count('SELECT count(*) n FROM check_in_answer')).toBe(0);
  });

  it.each(['abc', '0', '-1', '1.5', '99999999999999999999', "1' OR '1'='1"])(
    'refuses the id %j',
    async (id) => {
      const res = await answer(visitor, encodeURIComponent(id), { choice: 1 });
      expect(res.status).toBe(400);
      expect((res.body as unknown as { error: { field: string } }).error.field).toBe('id');
    },
  );

  it('is for visitors', async () => {
    const staff = await t.login(ACCOUNTS.staffOpen);
    expect((await answer(staff, stampId, { choice: 1 })).status).toBe(403);
    expect(
      (await t.request('POST', `/api/check-ins/${stampId}/answer`, { body: { choice: 1 } })).status,
    ).toBe(401);
  });

  it('no answer key travels anywhere before the answer', async () => {
    const staff = await t.login(ACCOUNTS.staffOpen);
    const replies = [
      await t.checkIn(visitor, { code: await t.codeFor(IDS.cpOpen1) }),
      await t.request('GET', '/api/staff/checkpoints', { token: staff }),
      await t.request('GET', `/api/venues/${IDS.venueOpen}`),
      await t.request('GET', `/api/trails/${IDS.trailTangshan}`),
      await t.request('GET', '/api/me/passport', { token: visitor }),
    ];
    for (const reply of replies) {
      expect(reply.status).toBeLessThan(300);
      expect(reply.text).not.toMatch(SECRET);
    }
    const stored = (await t.db.query(
      `SELECT response::text AS r FROM idempotency_record`,
    )) as Array<{
      r: string;
    }>;
    for (const { r } of stored) expect(r).not.toMatch(SECRET);
  });
});
