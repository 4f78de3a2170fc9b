import type {
  AdminCheckpointDto,
  ApiErrorBody,
  CheckpointWriteResponse,
  ReviewDto,
} from '@xinghuo/shared';
import { ACCOUNTS, IDS } from './support/fixture';
import { withSignedInApp } from './support/signed-in';

describe('checkpoints: added, edited, reordered, switched off, codes revoked', () => {
  const ctx = withSignedInApp([ACCOUNTS.staffOpen, ACCOUNTS.orgTangshan]);
  const { tok } = ctx;

  const write = (method: string, path: string, body: unknown, who: string = ACCOUNTS.staffOpen) =>
    ctx.t.request<CheckpointWriteResponse & AdminCheckpointDto & ApiErrorBody>(method, path, {
      token: tok[who],
      body,
    });
  const approve = (reviewId: string) =>
    ctx.t.request('POST', `/api/reviews/${reviewId}/approve`, {
      token: tok[ACCOUNTS.orgTangshan],
      body: {},
    });
  const publicIds = async () =>
    (
      (await ctx.t.request('GET', `/api/venues/${IDS.venueOpen}`)).body.checkpoints as Array<{
        id: string;
      }>
    ).map((c) => c.id);
  const card = {
    title: '协作机器人',
    body: '协作机器人可以和人在同一空间工作。',
    question: {
      prompt: '协作机器人靠什么避免伤人？',
      options: ['力矩传感', '涂成红色'],
      answerIndex: 0,
      explanation: '碰到阻力会停。',
    },
  };

  it('keeps a new checkpoint from visitors until its text is approved', async () => {
    const made = await write('POST', `/api/venues/${IDS.venueOpen}/checkpoints`, {
      name: '协作机器人',
      card,
    });
    expect(made.status).toBe(201);
    const { checkpoint, reviewId } = made.body;
    expect(checkpoint).toMatchObject({
      live: false,
      sortOrder: 8,
      published: { name: '协作机器人' },
    });
    expect(await publicIds()).not.toContain(checkpoint.id);
    const visitor = await ctx.t.guest();
    const early = await ctx.t.checkIn(visitor, { code: await ctx.t.codeFor(checkpoint.id) });
    expect(early.body.error.code).toBe('CHECKPOINT_INACTIVE');
    expect((await approve(reviewId!)).status).toBe(200);
    expect(await publicIds()).toContain(checkpoint.id);
    const scan = await ctx.t.checkIn(visitor, { code: await ctx.t.codeFor(checkpoint.id) });
    expect(scan.status).toBe(201);
    expect(scan.body.card.title).toBe('协作机器人');
  });

  it('shows visitors the old card until the new one is approved', async () => {
    const edit = await write('PATCH', `/api/checkpoints/${IDS.cpOpen2}`, {
      version: 1,
      card: { ...card, title: '新标题' },
    });
    expect(edit.body.checkpoint.pending?.card.title).toBe('新标题');
    const visitor = await ctx.t.guest();
    expect(
      (await ctx.t.checkIn(visitor, { code: await ctx.t.codeFor(IDS.cpOpen2) })).body.card.title,
    ).toBe('视觉检测');
    const queue = await ctx.t.request('GET', '/api/reviews?subject=checkpoint', {
      token: tok[ACCOUNTS.orgTangshan],
    });
    const item = (queue.body.items as ReviewDto[])[0]!;
    expect([item.before?.card, item.after.card]).toMatchObject([
      { title: '视觉检测' },
      { title: '新标题' },
    ]);
    await approve(edit.body.reviewId!);
    expect(
      (await ctx.t.checkIn(visitor, { code: await ctx.t.codeFor(IDS.cpOpen2) })).body.card.title,
    ).toBe('新标题');
  });

  it.each([
    [
      'an answer that is not an option',
      { ...card.question, answerIndex: 2 },
      422,
      'ANSWER_NOT_AMONG_OPTIONS',
      'card.question.answerIndex',
    ],
    [
      'one option',
      { ...card.question, options: ['只有一个'] },
      400,
      'VALIDATION_FAILED',
      'card.question.options',
    ],
    [
      'seven options',
      { ...card.question, options: ['1', '2', '3', '4', '5', '6', '7'] },
      400,
      'VALIDATION_FAILED',
      'card.question.options',
    ],
  ])('refuses %s and writes nothing', async (_, question, status, code, field) => {
    const res = await write('POST', `/api/venues/${IDS.venueOpen}/checkpoints`, {
      name: '错题',
      card: { ...card, question },
    });
    expect([res.status, res.body.error.code, res.body.error.field]).toEqual([status, code, field]);
    expect(await ctx.t.count(`SELECT count(*) n FROM checkpoint WHERE name = '错题'`)).toBe(0);
  });

  it('switches a checkpoint off at once, and revokes printed codes only when confirmed', async () => {
    const off = await write('PATCH', `/api/checkpoints/${IDS.cpOpen1}`, {
      version: 1,
      active: false,
    });
    expect(off.body).toMatchObject({ reviewId: null, checkpoint: { active: false, version: 2 } });
    const visitor = await ctx.t.guest();
    const code = await ctx.t.codeFor(IDS.cpOpen1);
    expect((await ctx.t.checkIn(visitor, { code })).body.error.code).toBe('CHECKPOINT_INACTIVE');
    await write('PATCH', `/api/checkpoints/${IDS.cpOpen1}`, { version: 2, active: true });
    const unconfirmed = await write('POST', `/api/checkpoints/${IDS.cpOpen1}/revoke-codes`, {
      version: 3,
      confirm: false,
    });
    expect(unconfirmed.body.error).toMatchObject({
      code: 'CONFIRMATION_REQUIRED',
      field: 'confirm',
    });
    const revoked = await write('POST', `/api/checkpoints/${IDS.cpOpen1}/revoke-codes`, {
      version: 3,
      confirm: true,
    });
    expect(revoked.body).toMatchObject({ qrVersion: 2, version: 4 });
    expect((await ctx.t.checkIn(visitor, { code })).body.error.code).toBe('QR_REVOKED');
    expect((await ctx.t.checkIn(visitor, { code: await ctx.t.codeFor(IDS.cpOpen1) })).status).toBe(
      201,
    );
  });

  it('reorders every checkpoint once, refusing stale versions and partial lists', async () => {
    const order = [IDS.cpInactive, IDS.cpRotating, IDS.cpOpen2, IDS.cpOpen1];
    const items = order.map((id) => ({ id, version: 1 }));
    const path = `/api/venues/${IDS.venueOpen}/checkpoints/order`;
    expect((await write('PUT', path, { items: items.slice(1) })).body.error.field).toBe('items');
    const done = await ctx.t.request('PUT', path, {
      token: tok[ACCOUNTS.staffOpen],
      body: { items },
    });
    expect(done.body.items.map((c: AdminCheckpointDto) => c.id)).toEqual(order);
    expect((await write('PUT', path, { items })).body.error.code).toBe('VERSION_CONFLICT');
    expect(await publicIds()).toEqual([IDS.cpRotating, IDS.cpOpen2, IDS.cpOpen1]);
  });

  it('decides a revision once when two organizers approve it at the same moment', async () => {
    const edit = await write('PATCH', `/api/checkpoints/${IDS.cpOpen2}`, {
      version: 1,
      name: '新名字',
    });
    const both = await Promise.all([approve(edit.body.reviewId!), approve(edit.body.reviewId!)]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(
      await ctx.t.count(`SELECT count(*) n FROM audit_event WHERE action = 'review.approve'`),
    ).toBe(1);
    const [row] = await ctx.t.db.query('SELECT name, version FROM checkpoint WHERE id = $1', [
      IDS.cpOpen2,
    ]);
    expect(row).toEqual({ name: '新名字', version: 3 });
  });
});
