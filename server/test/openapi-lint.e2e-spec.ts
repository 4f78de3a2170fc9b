import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestApp } from './support/app';

const REDOCLY = join(__dirname, '../node_modules/.bin/redocly');
const CONFIG = join(__dirname, '../redocly.yaml');

/**
 * Operations that cannot answer a client error: nothing a client sends changes their answer.
 * Every other operation must list its 4xx responses (`@ApiErrors`, and `@Allow` for 401/403).
 */
const NO_CLIENT_ERRORS = new Set([
  'GET /api/health',
  'GET /api/health/ready',
  'GET /api/campaigns/current',
  'GET /q/{token}',
  'GET /d/{token}',
]);

interface Problem {
  ruleId: string;
  severity: 'error' | 'warn';
  message: string;
  location: Array<{ pointer: string }>;
}

/** "#/paths/~1api~1trails/get/responses" → "GET /api/trails (responses)": where to fix it. */
function where(pointer: string): string {
  const parts = pointer
    .replace(/^#\//, '')
    .split('/')
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (parts[0] === 'paths' && parts[1] && parts[2]) {
    const rest = parts.slice(3).join('/');
    return `${parts[2].toUpperCase()} ${parts[1]}${rest ? ` (${rest})` : ''}`;
  }
  return pointer;
}

describe('the served OpenAPI document', () => {
  let t: TestApp;
  let document: Record<string, any>;
  beforeAll(async () => {
    t = await TestApp.start();
    document = (await t.request('GET', '/api/docs/openapi.json')).body as Record<string, any>;
  });
  afterAll(async () => {
    await t.stop();
  });

  it('passes Redocly’s recommended rules with no error and no warning', () => {
    const dir = mkdtempSync(join(tmpdir(), 'xinghuo-openapi-'));
    const file = join(dir, 'openapi.json');
    writeFileSync(file, JSON.stringify(document, null, 2));
    const run = spawnSync(REDOCLY, ['lint', file, '--config', CONFIG, '--format', 'json'], {
      encoding: 'utf8',
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    });
    const report = JSON.parse(run.stdout) as { problems: Problem[] };
    const problems = report.problems
      .filter(
        (p) =>
          !(
            p.ruleId === 'operation-4xx-response' &&
            NO_CLIENT_ERRORS.has(where(p.location[0]?.pointer ?? '').replace(/ \(.*$/, ''))
          ),
      )
      .map(
        (p) => `${p.severity} ${p.ruleId} at ${where(p.location[0]?.pointer ?? '')}: ${p.message}`,
      );
    // Each line names the operation and the rule; docs/api.md says which decorator fixes what.
    expect(problems).toEqual([]);
  });

  it('gives every operation an id, a summary, a tag, its security and its error responses', () => {
    const missing: string[] = [];
    for (const [path, item] of Object.entries(document.paths as Record<string, any>)) {
      for (const [method, op] of Object.entries(item as Record<string, any>)) {
        const name = `${method.toUpperCase()} ${path}`;
        if (!op.operationId) missing.push(`${name}: operationId`);
        if (!op.summary) missing.push(`${name}: summary (@ApiOperation)`);
        if (!op.tags?.length) missing.push(`${name}: tag (@ApiTags)`);
        if (!Array.isArray(op.security)) missing.push(`${name}: security (@Allow)`);
        for (const [status, response] of Object.entries(op.responses as Record<string, any>)) {
          if (Number(status) < 400) continue;
          const codes = response.content?.['application/json']?.schema?.properties?.error
            ?.properties?.code?.enum as string[] | undefined;
          if (!codes?.length) missing.push(`${name}: error codes of ${status} (@ApiErrors)`);
        }
        if (
          !NO_CLIENT_ERRORS.has(name) &&
          !Object.keys(op.responses).some((s) => s.startsWith('4'))
        ) {
          missing.push(`${name}: 4xx responses (@ApiErrors)`);
        }
      }
    }
    expect(missing).toEqual([]);
    expect(document.servers).toEqual([{ url: 'https://kepu.test' }]);
  });
});
