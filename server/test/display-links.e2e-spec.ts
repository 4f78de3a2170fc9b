import type { ApiErrorBody, CreateDisplayLinkResponse, DisplayCodeResponse } from '@xinghuo/shared';
import { ManualClock } from './support/app';
import { ACCOUNTS, IDS } from './support/fixture';
import { withSignedInApp } from './support/signed-in';

describe('display links for rotating-code screens', () => {
  const clock = new ManualClock();
  const ctx = withSignedInApp(undefined, { clock, beforeReset: () => clock.set(Date.now()) });
  const { tok } = ctx;

  const create = (who: string, checkpoint: string = IDS.cpRotating) =>
    ctx.t.request<CreateDisplayLinkResponse & ApiErrorBody>(
      'POST',
      `/api/checkpoints/${checkpoint}/display-links`,
      {
        token: tok[who],
        body: { label: '一楼大屏' },
      },
    );
  const screen = (token: string) =>
    ctx.t.request<DisplayCodeResponse & ApiErrorBody>('GET', `/api/display/${token}`);

  it('shows the current code, hands over to the next one on rotation, and the shown code checks in', async () => {
    const made = await create(ACCOUNTS.staffOpen);
    expect(made.status).toBe(201);
    expect(made.body.url).toBe(`https://kepu.test/d/${made.body.token}`);
    const first = await screen(made.body.token);
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('no-store');
    expect(first.body).toMatchObject({
      checkpointId: IDS.cpRotating,
      checkpointName: '大屏互动',
      venueName: '开放实验室',
    });
    expect(first.body.next.validFrom).toBe(first.body.current.refreshAt);
    clock.advance(30_000);
    const second = await screen(made.body.token);
    expect(second.body.current.token).toBe(first.body.next.token);
    expect(second.body.current.token).not.toBe(first.body.current.token);
    const visitor = await ctx.t.guest();
    expect((await ctx.t.checkIn(visitor, { code: second.body.current.url })).status).toBe(201);
  });

  it('keeps only a hash, and the link opens the screen page and nothing else', async () => {
    const { body } = await create(ACCOUNTS.staffOpen);
    const stored = (await ctx.t.db.query('SELECT secret_hash FROM display_link')) as Array<{
      secret_hash: string;
    }>;
    expect(stored[0]!.secret_hash).toMatch(/^[0-9a-f]{64}$/);
    const everything = JSON.stringify(
      await ctx.t.db.query('SELECT * FROM display_link, audit_event'),
    );
    expect(everything).not.toContain(body.token);
    const asLogin = await ctx.t.request('GET', '/api/admin/venues', { token: body.token });
    expect(asLogin.status).toBe(401);
    const other = await ctx.t.request('GET', `/api/checkpoints/${IDS.cpOpen1}/qr`, {
      token: body.token,
    });
    expect(other.status).toBe(401);
    const open = await ctx.t.request('GET', `/d/${body.token}`);
    expect(open.status).toBe(302);
    expect(open.headers.get('location')).toBe(`/pages-display/index?token=${body.token}`);
    expect((await screen('x'.repeat(43))).status).toBe(404);
  });

  it('stops at once when revoked, and when the checkpoint stops rotating', async () => {
    const { body } = await create(ACCOUNTS.staffOpen);
    const list = await ctx.t.request('GET', `/api/checkpoints/${IDS.cpRotating}/display-links`, {
      token: tok[ACCOUNTS.orgTangshan],
    });
    expect(list.body.items).toHaveLength(1);
    expect(
      (
        await ctx.t.request('POST', `/api/display-links/${body.link.id}/revoke`, {
          token: tok[ACCOUNTS.staffShaoguan],
        })
      ).status,
    ).toBe(403);
    const revoked = await ctx.t.request('POST', `/api/display-links/${body.link.id}/revoke`, {
      token: tok[ACCOUNTS.staffOpen],
    });
    expect(revoked.body.revokedAt).toEqual(expect.any(String));
    const gone = await screen(body.token);
    expect(gone.status).toBe(410);
    expect(gone.body.error.code).toBe('DISPLAY_LINK_REVOKED');

    const again = await create(ACCOUNTS.staffOpen);
    await ctx.t.db.query(`UPDATE checkpoint SET qr_mode = 'static' WHERE id = $1`, [
      IDS.cpRotating,
    ]);
    await ctx.t.catalogChanged();
    expect((await screen(again.body.token)).body.error.code).toBe('CHECKPOINT_NOT_ROTATING');
  });

  it('is made only by staff of the venue, only for rotating checkpoints', async () => {
    expect((await create(ACCOUNTS.staffShaoguan)).status).toBe(403);
    expect((await create(ACCOUNTS.orgTangshan)).status).toBe(403);
    const printed = await create(ACCOUNTS.staffOpen, IDS.cpOpen1);
    expect(printed.status).toBe(409);
    expect(printed.body.error.code).toBe('CHECKPOINT_NOT_ROTATING');
    expect(await ctx.t.count('SELECT count(*) n FROM display_link')).toBe(0);
  });
});
