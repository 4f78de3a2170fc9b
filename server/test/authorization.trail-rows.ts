import type { Ctx, Row } from './authorization.rows';
import { IDS } from './support/fixture';

const proposal = (checkpointIds: string[]) => ({
  name: '矩阵路线',
  topic: 'robotics',
  audienceGroups: [],
  ordered: false,
  estimatedMinutes: 60,
  description: '',
  checkpointIds,
});
const trailOfA = async (ctx: Ctx, ids: string[] = [IDS.cpOpen1, IDS.cpHours]) =>
  (await ctx.as('staffA', 'POST', '/api/trails/proposals', proposal(ids))).body.id as string;

/** Joint trails: staff of every stop's venue propose and consent, organizers above publish. */
export const trailRows: Row[] = [
  {
    route: 'POST /api/trails/proposals',
    path: '/api/trails/proposals',
    body: proposal([IDS.cpOpen1, IDS.cpHours]),
    expect: '401 403 201 201 403 403 403',
  },
  {
    route: 'GET /api/admin/trails',
    path: '/api/admin/trails',
    expect: '401 403 200 200 200 200 200',
  },
  {
    route: 'GET /api/admin/trails/{id}',
    prepare: async (c) => ({ path: `/api/admin/trails/${await trailOfA(c)}` }),
    expect: '401 403 200 403 200 403 200',
  },
  {
    route: 'PATCH /api/trails/{id}/proposal',
    prepare: async (c) => ({
      path: `/api/trails/${await trailOfA(c)}/proposal`,
      body: { version: 1, name: '改名' },
    }),
    expect: '401 403 200 403 403 403 403',
  },
  {
    route: 'POST /api/trails/{id}/consent',
    prepare: async (c) => {
      const trail = await c.as(
        'staffHours',
        'POST',
        '/api/trails/proposals',
        proposal([IDS.cpHours, IDS.cpOpen1]),
      );
      return { path: `/api/trails/${trail.body.id}/consent`, body: { decision: 'accepted' } };
    },
    expect: '401 403 200 403 403 403 403',
  },
  {
    route: 'POST /api/trails/{id}/submit',
    prepare: async (c) => ({
      path: `/api/trails/${await trailOfA(c, [IDS.cpOpen1, IDS.cpOpen2])}/submit`,
      body: { version: 1 },
    }),
    expect: '401 403 200 403 403 403 403',
  },
  {
    route: 'POST /api/trails/{id}/unpublish',
    path: `/api/trails/${IDS.trailTangshan}/unpublish`,
    body: { version: 1 },
    expect: '401 403 403 403 200 403 200',
  },
  {
    route: 'POST /api/trails/{id}/publish',
    prepare: async (c) => {
      await c.as('national', 'POST', `/api/trails/${IDS.trailTangshan}/unpublish`, { version: 1 });
      return { path: `/api/trails/${IDS.trailTangshan}/publish`, body: { version: 2 } };
    },
    expect: '401 403 403 403 200 403 200',
  },
];
