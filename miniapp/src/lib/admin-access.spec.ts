import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  pageAccess,
  passwordProblem,
  readSession,
  sessionEffect,
  sessionFromResponse,
  type AdminSession,
} from './admin-access';

const NOW = Date.parse('2025-09-10T08:00:00Z');
const session = (patch: Partial<AdminSession> = {}): AdminSession => ({
  token: 't',
  expiresAt: '2025-09-10T12:00:00Z',
  role: 'staff',
  accountId: 'a1',
  displayName: '员工',
  venueId: 'v1',
  regionCode: null,
  mustChangePassword: false,
  ...patch,
});

test('a login answer becomes a session; a visitor one does not', () => {
  const s = sessionFromResponse({
    token: 'tok',
    expiresAt: '2025-09-10T12:00:00Z',
    refreshAfter: '2025-09-10T10:00:00Z',
    principal: { role: 'organizer', id: 'o1', displayName: '唐山市科协', regionCode: '130200' },
    mustChangePassword: true,
  });
  assert.equal(s?.role, 'organizer');
  assert.equal(s?.regionCode, '130200');
  assert.equal(s?.mustChangePassword, true);
  assert.equal(
    sessionFromResponse({
      token: 'tok',
      expiresAt: '2025-09-10T12:00:00Z',
      refreshAfter: '2025-09-10T10:00:00Z',
      principal: { role: 'visitor', id: 'v', displayName: null },
    }),
    null,
  );
});

test('a stored session is used only while it is well-formed and unexpired', () => {
  assert.deepEqual(readSession(session(), NOW), session());
  assert.equal(readSession(session({ expiresAt: '2025-09-10T07:59:59Z' }), NOW), null);
  assert.equal(readSession({ token: 't', expiresAt: 'x', role: 'staff' }, NOW), null);
  assert.equal(readSession({ ...session(), role: 'visitor' }, NOW), null);
  assert.equal(readSession('junk', NOW), null);
  assert.equal(readSession(undefined, NOW), null);
});

test('pages send the signed-out, the expired, the first-password and the wrong role somewhere', () => {
  assert.deepEqual(pageAccess(null, 'staff', NOW), { kind: 'sign-in', reason: 'required' });
  assert.deepEqual(pageAccess(session({ expiresAt: '2025-09-10T07:00:00Z' }), 'staff', NOW), {
    kind: 'sign-in',
    reason: 'expired',
  });
  assert.deepEqual(pageAccess(session({ mustChangePassword: true }), 'staff', NOW), {
    kind: 'change-password',
  });
  assert.deepEqual(
    pageAccess(session({ mustChangePassword: true }), 'any', NOW, { passwordPage: true }),
    { kind: 'ok' },
  );
  assert.deepEqual(pageAccess(session(), 'organizer', NOW), { kind: 'wrong-role', role: 'staff' });
  assert.deepEqual(pageAccess(session(), 'staff', NOW), { kind: 'ok' });
  assert.deepEqual(pageAccess(session({ role: 'organizer' }), 'any', NOW), { kind: 'ok' });
});

test('only session-ending errors end the session', () => {
  assert.deepEqual(sessionEffect('TOKEN_EXPIRED'), { kind: 'sign-in', reason: 'expired' });
  assert.deepEqual(sessionEffect('UNAUTHENTICATED'), { kind: 'sign-in', reason: 'expired' });
  assert.deepEqual(sessionEffect('ACCOUNT_DISABLED'), { kind: 'sign-in', reason: 'disabled' });
  assert.deepEqual(sessionEffect('PASSWORD_CHANGE_REQUIRED'), { kind: 'change-password' });
  // Out of scope, a stale write, bad input: the page says so; the session goes on.
  for (const code of ['FORBIDDEN', 'VERSION_CONFLICT', 'VALIDATION_FAILED', 'FIELD_NOT_ALLOWED']) {
    assert.equal(sessionEffect(code), null, code);
  }
});

test('a new password is judged as the server will', () => {
  const base = { username: 'demo-staff', current: 'old-pass1', limits: { min: 8, max: 128 } };
  const check = (next: string, repeat = next) => passwordProblem({ ...base, next, repeat });
  assert.equal(passwordProblem({ ...base, current: '', next: 'x', repeat: 'x' }), '请输入当前密码');
  assert.equal(check('short1'), '新密码至少 8 位');
  assert.equal(check('a'.repeat(129)), '新密码最多 128 位');
  assert.equal(check('old-pass1'), '新密码不能与当前密码相同');
  assert.equal(check('my-Demo-Staff-1'), '新密码不能包含用户名');
  assert.equal(check('good-pass-42', 'good-pass-43'), '两次输入的新密码不一致');
  assert.equal(check('good-pass-42'), null);
});
