import { Store } from '../lib/store';
import { storage } from './storage';
import { useStore } from './use-store';

/** Bump when the privacy notice changes materially, so visitors see and accept it again. */
export const PRIVACY_VERSION = 1;

export interface Prefs {
  elderMode: boolean;
  privacyAccepted: number | null;
  /** The visitor let us use location before: fetch it without asking again. */
  locationAllowed: boolean;
  region: { code: string; name: string } | null;
  /** Name to print on certificates; defaults to the nickname. */
  certificateName: string | null;
}

const KEY = 'xh.prefs.v1';
const DEFAULTS: Prefs = {
  elderMode: false,
  privacyAccepted: null,
  locationAllowed: false,
  region: null,
  certificateName: null,
};

export function getPrefs(): Prefs {
  const stored = storage.get(KEY);
  return {
    ...DEFAULTS,
    ...(typeof stored === 'object' && stored !== null ? (stored as Partial<Prefs>) : {}),
  };
}

/** Storage is the record; this is what pages show, updated by every setPrefs. */
const prefsStore = new Store<Prefs>(getPrefs());

export function setPrefs(patch: Partial<Prefs>): Prefs {
  const next = { ...getPrefs(), ...patch };
  storage.set(KEY, next);
  applyRootClass(next);
  prefsStore.set(next);
  return next;
}

export function resetPrefs(keep: Partial<Prefs> = {}): void {
  storage.remove(KEY);
  setPrefs(keep);
}

/** In H5 the tab bar and toasts live outside page roots: mark <html> too. */
export function applyRootClass(prefs: Prefs = getPrefs()): void {
  if (process.env.TARO_ENV !== 'h5' || typeof document === 'undefined') return;
  document.documentElement.classList.toggle('elder-mode', prefs.elderMode);
}

export function usePrefs(): Prefs {
  return useStore(prefsStore);
}
