import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diffText, sides, tokens } from './text-diff';

const join = (parts: Array<{ text: string }>) => parts.map((p) => p.text).join('');

function check(before: string, after: string) {
  const parts = diffText(before, after);
  const s = sides(parts);
  assert.equal(join(s.before), before, 'the old side reads as the old text');
  assert.equal(join(s.after), after, 'the new side reads as the new text');
  return parts;
}

test('a changed phrase is marked, the rest is shared', () => {
  const parts = check(
    '焊接机器人每分钟焊接二十个焊点。',
    '焊接机器人每分钟焊接六十个焊点，精度更高。',
  );
  assert.deepEqual(
    parts.filter((p) => p.op !== 'same'),
    [
      { op: 'del', text: '二' },
      { op: 'add', text: '六' },
      { op: 'add', text: '，精度更高' },
    ],
  );
});

test('numbers and Latin words change as whole tokens', () => {
  assert.deepEqual(tokens('开放 09:00 至 17:00'), [
    '开',
    '放',
    ' ',
    '09',
    ':',
    '00',
    ' ',
    '至',
    ' ',
    '17',
    ':',
    '00',
  ]);
  const parts = check('09:00–17:00', '09:00–18:30');
  assert.deepEqual(
    parts.filter((p) => p.op !== 'same').map((p) => `${p.op}:${p.text}`),
    ['del:17', 'add:18', 'del:00', 'add:30'],
  );
});

test('edge cases: equal, empty, all new, all different', () => {
  assert.deepEqual(check('相同', '相同'), [{ op: 'same', text: '相同' }]);
  assert.deepEqual(check('', '新内容'), [{ op: 'add', text: '新内容' }]);
  assert.deepEqual(check('旧内容', ''), [{ op: 'del', text: '旧内容' }]);
  assert.deepEqual(check('', ''), []);
  check('abc', 'xyz');
  check('甲乙丙丁戊', '乙丁己');
});

test('long, wholly rewritten texts finish quickly as a replacement', () => {
  const a = '科'.repeat(5000);
  const b = '普'.repeat(5000);
  const started = Date.now();
  const parts = check(a, b);
  assert.ok(Date.now() - started < 2000);
  assert.deepEqual(
    parts.map((p) => p.op),
    ['del', 'add'],
  );
  // A long text with one small edit is still marked precisely.
  const long = '知识'.repeat(2000);
  const edited = `${long.slice(0, 2000)}新增${long.slice(2000)}`;
  assert.deepEqual(
    check(long, edited).filter((p) => p.op !== 'same'),
    [{ op: 'add', text: '新增' }],
  );
});

test('several lines are matched line by line, then within each changed line', () => {
  const before = '无障碍通道：未说明\n停车场：未说明';
  const after = '无障碍通道：有\n停车场：有\n说明：北门有坡道';
  const parts = check(before, after);
  assert.deepEqual(
    parts.filter((p) => p.op !== 'same').map((p) => `${p.op}:${p.text}`),
    ['del:未说明', 'add:有', 'del:未说明', 'add:有\n说明：北门有坡道'],
  );
});
