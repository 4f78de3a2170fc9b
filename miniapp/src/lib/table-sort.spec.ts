import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareValues, nextSort, sortRows } from './table-sort';

const rows = [
  { name: '唐山科技馆', n: 3 },
  { name: '韶关科技馆', n: 10 },
  { name: '开放实验室', n: null },
  { name: '北碚科学家精神基地', n: 2 },
];
const valueOf = (r: (typeof rows)[number], key: string) => (key === 'n' ? r.n : r.name);

test('numbers by value, empty cells last in both directions', () => {
  assert.deepEqual(
    sortRows(rows, { key: 'n', direction: 'asc' }, valueOf).map((r) => r.n),
    [2, 3, 10, null],
  );
  assert.deepEqual(
    sortRows(rows, { key: 'n', direction: 'desc' }, valueOf).map((r) => r.n),
    [10, 3, 2, null],
  );
});

test('Chinese names in pinyin order', () => {
  assert.deepEqual(
    sortRows(rows, { key: 'name', direction: 'asc' }, valueOf).map((r) => r.name),
    ['北碚科学家精神基地', '开放实验室', '韶关科技馆', '唐山科技馆'],
  );
  assert.ok(compareValues('第2站', '第10站') < 0, 'digits compare as numbers');
});

test("no sort keeps the server's order; equal values keep it too", () => {
  assert.deepEqual(sortRows(rows, null, valueOf), rows);
  const same = [
    { name: 'a', n: 1 },
    { name: 'b', n: 1 },
  ];
  assert.deepEqual(
    sortRows(same, { key: 'n', direction: 'desc' }, (r) => r.n).map((r) => r.name),
    ['a', 'b'],
  );
});

test('a column head cycles ascending, descending, unsorted', () => {
  const a = nextSort(null, 'n');
  assert.deepEqual(a, { key: 'n', direction: 'asc' });
  const d = nextSort(a, 'n');
  assert.deepEqual(d, { key: 'n', direction: 'desc' });
  assert.equal(nextSort(d, 'n'), null);
  assert.deepEqual(nextSort(d, 'name'), { key: 'name', direction: 'asc' });
});
