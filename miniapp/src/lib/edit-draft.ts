/**
 * Editing a record the server versions: what the person changed (the PATCH carries only that),
 * and what to do when someone else saved first (409 VERSION_CONFLICT): take the newer record,
 * keep this person's own edits, and say which fields the other person changed.
 */

/** Structural equality of JSON values; key order does not matter. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((v, i) => sameValue(v, b[i]));
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(ra), ...Object.keys(rb)]);
  for (const k of keys) {
    // A missing key and an undefined one mean the same (optional fields).
    if (!sameValue(ra[k], rb[k])) return false;
  }
  return true;
}

/** The keys whose value in `draft` differs from `base`, in the order of `keys`. */
export function changedKeys<T extends object>(
  base: T,
  draft: T,
  keys: readonly (keyof T)[],
): (keyof T)[] {
  return keys.filter((k) => !sameValue(base[k], draft[k]));
}

/** Only the changed keys, for a PATCH. */
export function patchOf<T extends object>(
  base: T,
  draft: T,
  keys: readonly (keyof T)[],
): Partial<T> {
  const out: Partial<T> = {};
  for (const k of changedKeys(base, draft, keys)) out[k] = draft[k];
  return out;
}

export interface Rebased<T> {
  /** The new draft: the server's values, with this person's own edits on top. */
  draft: T;
  /** Keys someone else changed meanwhile. */
  theirs: (keyof T)[];
  /** Keys both changed, to different values: this person's edit is kept, but should be checked. */
  clashes: (keyof T)[];
}

/** After a 409: the newer server record under this person's unsaved edits. */
export function rebase<T extends object>(
  oldBase: T,
  newBase: T,
  draft: T,
  keys: readonly (keyof T)[],
): Rebased<T> {
  const mine = new Set(changedKeys(oldBase, draft, keys));
  const theirs = changedKeys(oldBase, newBase, keys);
  const next = { ...newBase };
  for (const k of mine) next[k] = draft[k];
  return {
    draft: next,
    theirs,
    clashes: theirs.filter((k) => mine.has(k) && !sameValue(newBase[k], draft[k])),
  };
}
