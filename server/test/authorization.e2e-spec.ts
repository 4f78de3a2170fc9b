import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import { ROLES_KEY } from '../src/auth/auth.decorators';
import { CALLERS, type Caller, type Ctx, ROWS, USERNAMES } from './authorization.rows';
import { TestApp } from './support/app';
import { ACCOUNTS } from './support/fixture';

/** The table of expected statuses is authorization.rows.ts; this file runs it. */
/** "METHOD /api/path/{param}" of every route whose @Allow names staff or organizers. */
function staffAndOrganizerRoutes(t: TestApp): string[] {
  const routes: string[] = [];
  for (const module of t.app.get(ModulesContainer).values()) {
    for (const { metatype } of module.controllers.values()) {
      const controller = metatype as unknown as { prototype: Record<string, unknown> } & object;
      const base = (Reflect.getMetadata(PATH_METADATA, controller) as string | undefined) ?? '';
      for (const name of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = controller.prototype[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        if (!Reflect.hasMetadata(METHOD_METADATA, handler)) continue;
        const roles = (Reflect.getMetadata(ROLES_KEY, handler) ??
          Reflect.getMetadata(ROLES_KEY, controller) ??
          []) as string[];
        if (!roles.includes('staff') && !roles.includes('organizer')) continue;
        const path = ['api', base, Reflect.getMetadata(PATH_METADATA, handler) as string]
          .flatMap((part) => part.split('/'))
          .filter(Boolean)
          .map((part) => part.replace(/^:(\w+)$/, '{$1}'))
          .join('/');
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
        routes.push(`${method} /${path}`);
      }
    }
  }
  return routes.sort();
}

describe('authorization matrix: every staff and organizer endpoint × every kind of caller', () => {
  let t: TestApp;
  const tokens: Partial<Record<Caller | 'staffHours', string>> = {};
  let dirty = true;

  beforeAll(async () => {
    t = await TestApp.start();
    await t.reset();
    for (const [who, username] of Object.entries(USERNAMES))
      tokens[who as Caller] = await t.login(username);
    tokens.staffHours = await t.login(ACCOUNTS.staffHours);
    tokens.visitor = await t.guest();
  });
  afterAll(() => t.stop());

  const ctx: Ctx = {
    as: (who, method, path, body) =>
      t.request(method, path, { token: tokens[who as Caller], body }),
  };

  it('has a row for every staff and organizer route, and no row for a route that is gone', () => {
    const routes = staffAndOrganizerRoutes(t);
    const rows = ROWS.map((r) => r.route).sort();
    expect(routes.filter((r) => !rows.includes(r))).toEqual([]);
    expect(rows.filter((r) => !routes.includes(r))).toEqual([]);
  });

  describe.each(ROWS)('$route', (row) => {
    const expected = row.expect.split(' ').map(Number);
    it.each(CALLERS.map((who, i) => [who, expected[i]!] as const))(
      '%s → %i',
      async (who, status) => {
        // Only a call that may have changed something costs a reset before the next one.
        if (dirty || row.prepare) await t.reset();
        const { path, body } = row.prepare
          ? await row.prepare(ctx)
          : { path: row.path!, body: row.body };
        const [method] = row.route.split(' ');
        const res = await t.request(method!, path, {
          token: who === 'anonymous' ? undefined : tokens[who],
          body,
        });
        dirty = method !== 'GET' && res.status < 300;
        expect([res.status, res.status >= 400 ? res.body.error?.code : 'ok']).toEqual([
          status,
          status === 401 ? 'UNAUTHENTICATED' : status === 403 ? 'FORBIDDEN' : 'ok',
        ]);
      },
    );
  });
});
