import type { AdminTrailDto, ApiErrorBody, ReviewDto } from '@xinghuo/shared';
import { ACCOUNTS, IDS } from './support/fixture';
import { withSignedInApp } from './support/signed-in';

describe('trails designed jointly: proposal, consent, review, publish', () => {
  const ctx = withSignedInApp();
  const { tok } = ctx;

  const call = (method: string, path: string, who: string, body?: unknown) =>
    ctx.t.request<AdminTrailDto & ApiErrorBody>(method, path, { token: tok[who], body });
  const proposal = {
    name: '路南路北机器人之旅',
    topic: 'robotics',
    audienceGroups: ['teenager'],
    ordered: true,
    estimatedMinutes: 90,
    description: '两馆联合',
    checkpointIds: [IDS.cpOpen1, IDS.cpHours],
  };
  const propose = () => call('POST', '/api/trails/proposals', ACCOUNTS.staffOpen, proposal);

  it('goes from proposal through the other venue’s consent and review to visitors', async () => {
    const made = await propose();
    expect(made.status).toBe(201);
    const trail = made.body;
    expect(trail).toMatchObject({ status: 'draft', regionCode: '130200', readyToSubmit: false });
    expect(trail.consents.map((c) => [c.venueId, c.status])).toEqual([
      [IDS.venueOpen, 'accepted'],
      [IDS.venueHours, 'pending'],
    ]);
    const early = await call('POST', `/api/trails/${trail.id}/submit`, ACCOUNTS.staffOpen, {
      version: 1,
    });
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('TRAIL_NOT_READY');

    const waiting = await ctx.t.request('GET', '/api/admin/trails?awaitingMyConsent=true', {
      token: tok[ACCOUNTS.staffHours],
    });
    expect(waiting.body.items.map((x: AdminTrailDto) => x.id)).toEqual([trail.id]);
    expect(
      (
        await call('POST', `/api/trails/${trail.id}/consent`, ACCOUNTS.staffShaoguan, {
          decision: 'accepted',
        })
      ).status,
    ).toBe(403);
    await call('POST', `/api/trails/${trail.id}/consent`, ACCOUNTS.staffHours, {
      decision: 'declined',
      comment: '再议',
    });
    expect(
      (await call('POST', `/api/trails/${trail.id}/submit`, ACCOUNTS.staffOpen, { version: 1 }))
        .body.error.code,
    ).toBe('TRAIL_NOT_READY');
    const yes = await call('POST', `/api/trails/${trail.id}/consent`, ACCOUNTS.staffHours, {
      decision: 'accepted',
    });
    expect(yes.body.readyToSubmit).toBe(true);
    expect(
      (await call('POST', `/api/trails/${trail.id}/submit`, ACCOUNTS.staffHours, { version: 1 }))
        .status,
    ).toBe(403);

    const submitted = await call('POST', `/api/trails/${trail.id}/submit`, ACCOUNTS.staffOpen, {
      version: 1,
    });
    expect(submitted.body.status).toBe('in_review');
    const queue = await ctx.t.request('GET', '/api/reviews?status=pending&subject=trail', {
      token: tok[ACCOUNTS.orgTangshan],
    });
    const review = (queue.body.items as ReviewDto[]).find((r) => r.subjectId === trail.id)!;
    expect(review.after).toMatchObject({
      name: proposal.name,
      stops: [{ venueName: '开放实验室' }, { venueName: '唐山科技馆' }],
    });
    expect(review.before).toBeNull();
    expect(
      (await ctx.t.request('GET', '/api/trails')).body.items.map((x: { id: string }) => x.id),
    ).not.toContain(trail.id);

    for (const who of [ACCOUNTS.orgLunan, ACCOUNTS.orgShaoguan, ACCOUNTS.staffOpen]) {
      expect(
        (
          await ctx.t.request('POST', `/api/reviews/${review.id}/approve`, {
            token: tok[who],
            body: {},
          })
        ).status,
      ).toBe(403);
    }
    const ok = await ctx.t.request('POST', `/api/reviews/${review.id}/approve`, {
      token: tok[ACCOUNTS.orgTangshan],
      body: {},
    });
    expect(ok.status).toBe(200);
    const live = await ctx.t.request('GET', `/api/trails/${trail.id}`);
    expect(live.status).toBe(200);
    expect(live.body.stops.map((s: { checkpoint: { id: string } }) => s.checkpoint.id)).toEqual(
      proposal.checkpointIds,
    );

    const down = await call('POST', `/api/trails/${trail.id}/unpublish`, ACCOUNTS.orgNational, {
      version: 3,
    });
    expect(down.body.status).toBe('unpublished');
    expect((await ctx.t.request('GET', `/api/trails/${trail.id}`)).status).toBe(404);
    expect(
      (await call('POST', `/api/trails/${trail.id}/publish`, ACCOUNTS.orgLunan, { version: 4 }))
        .status,
    ).toBe(403);
    expect(
      (await call('POST', `/api/trails/${trail.id}/publish`, ACCOUNTS.orgTangshan, { version: 4 }))
        .body.status,
    ).toBe('published');
    expect((await ctx.t.request('GET', `/api/trails/${trail.id}`)).status).toBe(200);
  });

  it('asks the other venues again after a returned trail is changed', async () => {
    const { body: trail } = await propose();
    await call('POST', `/api/trails/${trail.id}/consent`, ACCOUNTS.staffHours, {
      decision: 'accepted',
    });
    await call('POST', `/api/trails/${trail.id}/submit`, ACCOUNTS.staffOpen, { version: 1 });
    const queue = await ctx.t.request('GET', '/api/reviews?status=pending', {
      token: tok[ACCOUNTS.orgTangshan],
    });
    const reviewId = (queue.body.items as ReviewDto[]).find((r) => r.subjectId === trail.id)!.id;
    await ctx.t.request('POST', `/api/reviews/${reviewId}/return`, {
      token: tok[ACCOUNTS.orgTangshan],
      body: { comment: '请补充简介' },
    });
    const returned = await call('GET', `/api/admin/trails/${trail.id}`, ACCOUNTS.staffOpen);
    expect(returned.body).toMatchObject({
      status: 'rejected',
      latestRevision: { status: 'returned', comment: '请补充简介' },
    });
    const stale = await call('PATCH', `/api/trails/${trail.id}/proposal`, ACCOUNTS.staffOpen, {
      version: 1,
      description: 'x',
    });
    expect(stale.status).toBe(409);
    const changed = await call('PATCH', `/api/trails/${trail.id}/proposal`, ACCOUNTS.staffOpen, {
      version: 3,
      description: '两馆联合，适合中小学生',
    });
    expect(changed.body).toMatchObject({ status: 'draft', readyToSubmit: false });
    expect(changed.body.consents.find((c) => c.venueId === IDS.venueHours)?.status).toBe('pending');
  });

  it('refuses stops that are not live checkpoints, twice the same stop, and a single stop', async () => {
    await ctx.t.db.query('UPDATE checkpoint SET live = false WHERE id = $1', [IDS.cpHours]);
    await ctx.t.catalogChanged();
    const notLive = await propose();
    expect(notLive.status).toBe(400);
    expect(notLive.body.error.field).toBe('checkpointIds[1]');
    const twice = await call('POST', '/api/trails/proposals', ACCOUNTS.staffOpen, {
      ...proposal,
      checkpointIds: [IDS.cpOpen1, IDS.cpOpen1],
    });
    expect(twice.body.error.field).toBe('checkpointIds');
    const one = await call('POST', '/api/trails/proposals', ACCOUNTS.staffOpen, {
      ...proposal,
      checkpointIds: [IDS.cpOpen1],
    });
    expect(one.body.error.field).toBe('checkpointIds');
    expect(await ctx.t.count(`SELECT count(*) n FROM trail WHERE name = $1`, [proposal.name])).toBe(
      0,
    );
  });

  it('lets organizers above the stops see the trail and nobody beside it', async () => {
    const { body: trail } = await propose();
    expect((await call('GET', `/api/admin/trails/${trail.id}`, ACCOUNTS.orgTangshan)).status).toBe(
      200,
    );
    expect((await call('GET', `/api/admin/trails/${trail.id}`, ACCOUNTS.orgShaoguan)).status).toBe(
      403,
    );
    expect(
      (await call('GET', `/api/admin/trails/${trail.id}`, ACCOUNTS.staffShaoguan)).status,
    ).toBe(403);
    expect((await call('GET', `/api/admin/trails/${trail.id}`, ACCOUNTS.staffHours)).status).toBe(
      200,
    );
  });
});
