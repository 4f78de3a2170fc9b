import {
  type ListResponse,
  type QrPayloadResponse,
  ROTATING_QR_PERIOD_SECONDS,
  type StaffCheckpointDto,
} from '@xinghuo/shared';
import { TestApp } from './support/app';
import { ACCOUNTS, IDS } from './support/fixture';

describe('staff checkpoints and QR codes (least privilege)', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    t = await TestApp.start();
    await t.reset();
    for (const username of Object.values(ACCOUNTS)) tokens[username] = await t.login(username);
    tokens.visitor = await t.guest();
  });
  afterAll(async () => {
    await t.stop();
  });

  it('GET /api/staff/checkpoints lists the own venue only, inactive ones included', async () => {
    const res = await t.request<ListResponse<StaffCheckpointDto>>('GET', '/api/staff/checkpoints', {
      token: tokens[ACCOUNTS.staffOpen],
    });
    expect(res.status).toBe(200);
    expect(res.body.items.map((c) => c.id)).toEqual([
      IDS.cpOpen1,
      IDS.cpOpen2,
      IDS.cpRotating,
      IDS.cpInactive,
    ]);
    const other = await t.request<ListResponse<StaffCheckpointDto>>(
      'GET',
      '/api/staff/checkpoints',
      { token: tokens[ACCOUNTS.staffShaoguan] },
    );
    expect(other.body.items.map((c) => c.id)).toEqual([IDS.cpShaoguan]);
  });

  it('GET /api/staff/checkpoints is for staff only', async () => {
    expect((await t.request('GET', '/api/staff/checkpoints')).status).toBe(401);
    expect(
      (await t.request('GET', '/api/staff/checkpoints', { token: tokens.visitor })).status,
    ).toBe(403);
    expect(
      (await t.request('GET', '/api/staff/checkpoints', { token: tokens[ACCOUNTS.orgTangshan] }))
        .status,
    ).toBe(403);
  });

  it('gives staff the payload of their own checkpoint, and that code checks in', async () => {
    const res = await t.request<QrPayloadResponse>('GET', `/api/checkpoints/${IDS.cpOpen1}/qr`, {
      token: tokens[ACCOUNTS.staffOpen],
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ checkpointId: IDS.cpOpen1, mode: 'static', refreshAt: null });
    expect(res.body.token.length).toBeLessThanOrEqual(32);
    expect(res.body.url).toBe(`https://kepu.test/q/${res.body.token}`);
    const checkIn = await t.checkIn(tokens.visitor!, { code: res.body.url });
    expect(checkIn.status).toBe(201);
  });

  it('serves a rotating code with its refresh time', async () => {
    const res = await t.request<QrPayloadResponse>('GET', `/api/checkpoints/${IDS.cpRotating}/qr`, {
      token: tokens[ACCOUNTS.staffOpen],
    });
    expect(res.body.mode).toBe('rotating');
    const refreshIn = new Date(res.body.refreshAt!).getTime() - Date.now();
    expect(refreshIn).toBeGreaterThan(0);
    expect(refreshIn).toBeLessThanOrEqual(ROTATING_QR_PERIOD_SECONDS * 1000);
  });

  it('renders SVG and PNG', async () => {
    const svg = await t.request('GET', `/api/checkpoints/${IDS.cpOpen1}/qr?format=svg`, {
      token: tokens[ACCOUNTS.staffOpen],
    });
    expect(svg.headers.get('content-type')).toContain('image/svg+xml');
    expect(svg.text).toContain('<svg');
    const png = await fetch(`${t.baseUrl}/api/checkpoints/${IDS.cpOpen1}/qr?format=png`, {
      headers: { authorization: `Bearer ${tokens[ACCOUNTS.staffOpen]}` },
    });
    expect(png.headers.get('content-type')).toBe('image/png');
    expect(
      Buffer.from(await png.arrayBuffer())
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');
    const bad = await t.request('GET', `/api/checkpoints/${IDS.cpOpen1}/qr?format=gif`, {
      token: tokens[ACCOUNTS.staffOpen],
    });
    expect(bad.status).toBe(400);
  });

  it.each([
    ['staff of another venue', ACCOUNTS.staffShaoguan, IDS.cpOpen1, 403],
    [
      'staff asking for an inactive checkpoint of their own venue',
      ACCOUNTS.staffOpen,
      IDS.cpInactive,
      200,
    ],
    ['the city organizer above the venue', ACCOUNTS.orgTangshan, IDS.cpOpen1, 200],
    ['the national organizer', ACCOUNTS.orgNational, IDS.cpShaoguan, 200],
    ['a district organizer for its own district', ACCOUNTS.orgLunan, IDS.cpOpen1, 200],
    ['a district organizer for a sibling district', ACCOUNTS.orgLunan, IDS.cpHours, 403],
    ['another city organizer', ACCOUNTS.orgShaoguan, IDS.cpOpen1, 403],
    ['a city organizer for another city', ACCOUNTS.orgTangshan, IDS.cpShaoguan, 403],
  ])('GET /api/checkpoints/:id/qr — %s', async (_, username, checkpoint, status) => {
    const res = await t.request('GET', `/api/checkpoints/${checkpoint}/qr`, {
      token: tokens[username],
    });
    expect(res.status).toBe(status);
    if (status === 403) {
      expect(res.body.error.code).toBe('FORBIDDEN');
      expect(res.text).not.toContain('/q/');
    }
  });

  it('GET /api/checkpoints/:id/qr refuses visitors and strangers, and 404s unknown checkpoints', async () => {
    expect((await t.request('GET', `/api/checkpoints/${IDS.cpOpen1}/qr`)).status).toBe(401);
    expect(
      (await t.request('GET', `/api/checkpoints/${IDS.cpOpen1}/qr`, { token: tokens.visitor }))
        .status,
    ).toBe(403);
    const unknown = await t.request(
      'GET',
      `/api/checkpoints/00000000-0000-4000-b000-0000000000ff/qr`,
      { token: tokens[ACCOUNTS.orgNational] },
    );
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('NOT_FOUND');
  });
});
