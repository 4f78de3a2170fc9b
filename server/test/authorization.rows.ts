import type { HttpResult } from './support/app';
import { figureRows } from './authorization.figure-rows';
import { trailRows } from './authorization.trail-rows';
import { ACCOUNTS, IDS } from './support/fixture';

/**
 * Every staff and organizer endpoint × every kind of caller, with the status each must get.
 * A = 开放实验室 (路南区, 唐山市); B = 韶关科技馆. The organizer of A's region is 唐山市's, the
 * sibling is 韶关市's. authorization.e2e-spec.ts runs every cell and fails when the app has a staff or
 * organizer route without a row here.
 *
 * To add a row: `route` as OpenAPI writes it ("METHOD /api/path/{param}"), the concrete `path`
 * and `body`, or `prepare` to make what the request needs (it runs on a freshly reset database
 * and returns the path and body), and `expect`: the seven statuses in the order of CALLERS.
 * Trails and figures have their rows in authorization.trail-rows.ts and .figure-rows.ts.
 */
export const CALLERS = [
  'anonymous',
  'visitor',
  'staffA',
  'staffB',
  'orgA',
  'orgSibling',
  'national',
] as const;
export type Caller = (typeof CALLERS)[number];
export const USERNAMES: Record<Exclude<Caller, 'anonymous' | 'visitor'>, string> = {
  staffA: ACCOUNTS.staffOpen,
  staffB: ACCOUNTS.staffShaoguan,
  orgA: ACCOUNTS.orgTangshan,
  orgSibling: ACCOUNTS.orgShaoguan,
  national: ACCOUNTS.orgNational,
};

export interface Ctx {
  as(who: Caller | 'staffHours', method: string, path: string, body?: unknown): Promise<HttpResult>;
}
export interface Row {
  route: string;
  path?: string;
  body?: unknown;
  prepare?: (ctx: Ctx) => Promise<{ path: string; body?: unknown }>;
  expect: string;
}

const card = { title: '矩阵', body: '矩阵测试' };
const pendingReview = async (ctx: Ctx) =>
  (
    await ctx.as('staffA', 'PATCH', `/api/venues/${IDS.venueOpen}`, {
      version: 1,
      description: '待审',
    })
  ).body.reviewId as string;
const displayLink = async (ctx: Ctx) =>
  (
    await ctx.as('staffA', 'POST', `/api/checkpoints/${IDS.cpRotating}/display-links`, {
      label: '屏',
    })
  ).body.link.id as string;

export const ROWS: Row[] = [
  { route: 'GET /api/auth/me', path: '/api/auth/me', expect: '401 403 200 200 200 200 200' },
  {
    route: 'POST /api/auth/password',
    path: '/api/auth/password',
    body: { currentPassword: 'kepu2025', newPassword: 'matrix-pass-1' },
    expect: '401 403 200 200 200 200 200',
  },
  {
    route: 'GET /api/staff/checkpoints',
    path: '/api/staff/checkpoints',
    expect: '401 403 200 200 403 403 403',
  },
  {
    route: 'GET /api/checkpoints/{id}/qr',
    path: `/api/checkpoints/${IDS.cpOpen1}/qr`,
    expect: '401 403 200 403 200 403 200',
  },
  {
    route: 'GET /api/admin/venues',
    path: '/api/admin/venues',
    expect: '401 403 200 200 200 200 200',
  },
  {
    route: 'GET /api/admin/venues/{id}',
    path: `/api/admin/venues/${IDS.venueOpen}`,
    expect: '401 403 200 403 200 403 200',
  },
  {
    route: 'PATCH /api/venues/{id}',
    path: `/api/venues/${IDS.venueOpen}`,
    body: { version: 1, geofenceRadiusM: 200 },
    expect: '401 403 200 403 200 403 200',
  },
  {
    route: 'POST /api/venues',
    path: '/api/venues',
    body: {
      name: '新馆',
      kind: 'spark_hall',
      regionCode: '130202',
      address: '路南区',
      location: { lat: 39.6, lng: 118.2 },
      host: '某单位',
      staff: { username: 'matrix-staff', displayName: '新馆员工' },
    },
    expect: '401 403 403 403 201 403 201',
  },
  {
    route: 'POST /api/venues/{id}/publish',
    path: `/api/venues/${IDS.venueDraft}/publish`,
    body: { version: 1 },
    expect: '401 403 403 403 200 403 200',
  },
  {
    route: 'POST /api/venues/{id}/close',
    path: `/api/venues/${IDS.venueOpen}/close`,
    body: { version: 1 },
    expect: '401 403 403 403 200 403 200',
  },
  {
    route: 'GET /api/admin/venues/{id}/checkpoints',
    path: `/api/admin/venues/${IDS.venueOpen}/checkpoints`,
    expect: '401 403 200 403 200 403 200',
  },
  {
    route: 'POST /api/venues/{id}/checkpoints',
    path: `/api/venues/${IDS.venueOpen}/checkpoints`,
    body: { name: '矩阵展台', card },
    expect: '401 403 201 403 201 403 201',
  },
  {
    route: 'PUT /api/venues/{id}/checkpoints/order',
    path: `/api/venues/${IDS.venueOpen}/checkpoints/order`,
    body: {
      items: [IDS.cpOpen2, IDS.cpOpen1, IDS.cpRotating, IDS.cpInactive].map((id) => ({
        id,
        version: 1,
      })),
    },
    expect: '401 403 200 403 200 403 200',
  },
  {
    route: 'PATCH /api/checkpoints/{id}',
    path: `/api/checkpoints/${IDS.cpOpen1}`,
    body: { version: 1, active: false },
    expect: '401 403 200 403 200 403 200',
  },
  {
    route: 'POST /api/checkpoints/{id}/revoke-codes',
    path: `/api/checkpoints/${IDS.cpOpen1}/revoke-codes`,
    body: { version: 1, confirm: true },
    expect: '401 403 200 403 200 403 200',
  },
  {
    route: 'GET /api/reviews',
    path: '/api/reviews?status=pending',
    expect: '401 403 200 200 200 200 200',
  },
  {
    route: 'GET /api/reviews/{id}',
    prepare: async (c) => ({ path: `/api/reviews/${await pendingReview(c)}` }),
    expect: '401 403 200 403 200 403 200',
  },
  {
    route: 'POST /api/reviews/{id}/approve',
    prepare: async (c) => ({ path: `/api/reviews/${await pendingReview(c)}/approve`, body: {} }),
    expect: '401 403 403 403 200 403 200',
  },
  {
    route: 'POST /api/reviews/{id}/return',
    prepare: async (c) => ({
      path: `/api/reviews/${await pendingReview(c)}/return`,
      body: { comment: '请修改' },
    }),
    expect: '401 403 403 403 200 403 200',
  },
  ...trailRows,
  { route: 'GET /api/accounts', path: '/api/accounts', expect: '401 403 403 403 200 200 200' },
  {
    route: 'POST /api/accounts',
    path: '/api/accounts',
    body: { role: 'staff', username: 'matrix-new', displayName: '新人', venueId: IDS.venueOpen },
    expect: '401 403 403 403 201 403 201',
  },
  {
    route: 'POST /api/accounts/{id}/disable',
    path: `/api/accounts/${IDS.accStaffHours}/disable`,
    body: { version: 1 },
    expect: '401 403 403 403 200 403 200',
  },
  {
    route: 'POST /api/accounts/{id}/enable',
    prepare: async (c) => {
      await c.as('national', 'POST', `/api/accounts/${IDS.accStaffHours}/disable`, { version: 1 });
      return { path: `/api/accounts/${IDS.accStaffHours}/enable`, body: { version: 2 } };
    },
    expect: '401 403 403 403 200 403 200',
  },
  {
    route: 'POST /api/accounts/{id}/reset-password',
    path: `/api/accounts/${IDS.accStaffHours}/reset-password`,
    body: { version: 1 },
    expect: '401 403 403 403 200 403 200',
  },
  { route: 'GET /api/audit', path: '/api/audit', expect: '401 403 200 200 200 200 200' },
  {
    route: 'GET /api/checkpoints/{id}/poster.pdf',
    path: `/api/checkpoints/${IDS.cpOpen1}/poster.pdf`,
    expect: '401 403 200 403 200 403 200',
  },
  {
    route: 'GET /api/venues/{id}/posters.pdf',
    path: `/api/venues/${IDS.venueOpen}/posters.pdf`,
    expect: '401 403 200 403 200 403 200',
  },
  {
    route: 'GET /api/checkpoints/{id}/display-links',
    path: `/api/checkpoints/${IDS.cpRotating}/display-links`,
    expect: '401 403 200 403 200 403 200',
  },
  {
    route: 'POST /api/checkpoints/{id}/display-links',
    path: `/api/checkpoints/${IDS.cpRotating}/display-links`,
    body: { label: '屏' },
    expect: '401 403 201 403 403 403 403',
  },
  {
    route: 'POST /api/display-links/{id}/revoke',
    prepare: async (c) => ({ path: `/api/display-links/${await displayLink(c)}/revoke`, body: {} }),
    expect: '401 403 200 403 200 403 200',
  },
  ...figureRows,
];
