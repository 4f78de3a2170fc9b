/** A run of text that both versions share, only the old one has, or only the new one has. */
export interface DiffPart {
  op: 'same' | 'del' | 'add';
  text: string;
}

/**
 * Chinese is compared character by character; runs of Latin letters and digits (a URL, a
 * number, an English word) as one token, so "17:00" changed to "18:00" marks the number.
 */
export function tokens(text: string): string[] {
  return text.match(/[A-Za-z0-9]+|[\s\S]/gu) ?? [];
}

/** Past this many edits the texts are simply shown as replaced: cheap and just as readable. */
const MAX_EDITS = 1500;

/**
 * What changed between two texts. Text of several lines (a facility list, a science card) is
 * matched line by line first, then within each changed line, so an edit stays on its own line.
 */
export function diffText(before: string, after: string): DiffPart[] {
  if (before === after) return before ? [{ op: 'same', text: before }] : [];
  if (!before.includes('\n') && !after.includes('\n'))
    return diffTokens(tokens(before), tokens(after));
  const lines = (t: string) => t.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  const out: DiffPart[] = [];
  const parts = diffTokens(lines(before), lines(after));
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i] as DiffPart;
    const next = parts[i + 1];
    if (next && ((p.op === 'del' && next.op === 'add') || (p.op === 'add' && next.op === 'del'))) {
      const olds = lines(p.op === 'del' ? p.text : next.text);
      const news = lines(p.op === 'add' ? p.text : next.text);
      const paired = Math.min(olds.length, news.length);
      for (let j = 0; j < paired; j++) {
        for (const q of diffTokens(tokens(olds[j] as string), tokens(news[j] as string)))
          push(out, q.op, q.text);
      }
      push(out, 'del', olds.slice(paired).join(''));
      push(out, 'add', news.slice(paired).join(''));
      i++;
    } else push(out, p.op, p.text);
  }
  return out;
}

/** Myers' O((N+M)·D) shortest edit script over tokens (characters, words or whole lines). */
function diffTokens(a: string[], b: string[]): DiffPart[] {
  // Common head and tail are cut off first: most edits touch a small part of a long text.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  ) {
    tail++;
  }
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  const parts: DiffPart[] = [];
  push(parts, 'same', a.slice(0, head).join(''));
  for (const p of middle(midA, midB)) push(parts, p.op, p.text);
  push(parts, 'same', a.slice(a.length - tail).join(''));
  return parts;
}

function push(parts: DiffPart[], op: DiffPart['op'], text: string): void {
  if (!text) return;
  const last = parts[parts.length - 1];
  if (last && last.op === op) last.text += text;
  else parts.push({ op, text });
}

function middle(a: string[], b: string[]): DiffPart[] {
  const n = a.length;
  const m = b.length;
  if (n === 0) return m ? [{ op: 'add', text: b.join('') }] : [];
  if (m === 0) return [{ op: 'del', text: a.join('') }];
  const max = Math.min(n + m, MAX_EDITS);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && (v[offset + k - 1] ?? 0) < (v[offset + k + 1] ?? 0));
      let x = down ? (v[offset + k + 1] ?? 0) : (v[offset + k - 1] ?? 0) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, a, b, offset, d);
    }
  }
  return [
    { op: 'del', text: a.join('') },
    { op: 'add', text: b.join('') },
  ];
}

function backtrack(trace: Int32Array[], a: string[], b: string[], offset: number, depth: number) {
  const out: DiffPart[] = [];
  let x = a.length;
  let y = b.length;
  for (let d = depth; d > 0; d--) {
    const v = trace[d] as Int32Array;
    const k = x - y;
    const down = k === -d || (k !== d && (v[offset + k - 1] ?? 0) < (v[offset + k + 1] ?? 0));
    const prevK = down ? k + 1 : k - 1;
    const prevX = v[offset + prevK] ?? 0;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      out.push({ op: 'same', text: a[x - 1] as string });
      x--;
      y--;
    }
    if (down) out.push({ op: 'add', text: b[prevY] as string });
    else out.push({ op: 'del', text: a[prevX] as string });
    x = prevX;
    y = prevY;
  }
  while (x > 0 && y > 0) {
    out.push({ op: 'same', text: a[x - 1] as string });
    x--;
    y--;
  }
  const merged: DiffPart[] = [];
  for (const p of out.reverse()) push(merged, p.op, p.text);
  return merged;
}

/** The old side (shared and removed text) and the new side (shared and added), for two columns. */
export function sides(parts: readonly DiffPart[]): { before: DiffPart[]; after: DiffPart[] } {
  return {
    before: parts.filter((p) => p.op !== 'add'),
    after: parts.filter((p) => p.op !== 'del'),
  };
}
