/**
 * The colour tokens for TypeScript: canvas drawing, app.config.ts, and the NutUI props that take
 * a colour value. The same names and values as src/styles/_tokens.scss (`$c-primary-dark` is
 * `primaryDark`); theme.spec.ts fails when the two differ. Styles use the SCSS tokens.
 */
export const COLORS = {
  primary: '#e4572e',
  primaryDark: '#b8401c',
  primaryDeep: '#c9411b',
  primaryMid: '#f07a3d',
  primaryLight: '#f58a45',
  primarySoft: '#fff1ea',
  primaryTint: '#ffe3d6',
  ember: '#7a1f12',
  glow: '#ffba78',
  glowEdge: '#ff8c3c',
  navy: '#1f3a68',
  navyLight: '#2b4f8a',
  navySoft: '#eaf0fa',
  blue: '#3b5bdb',
  ok: '#2e9e6a',
  okDark: '#1e6b49',
  okSoft: '#e8f6ef',
  okLine: '#cfe9dc',
  leaf: '#5c940d',
  warn: '#c47a00',
  warnSoft: '#fff6e0',
  warnLine: '#f3d9b1',
  warnPaper: '#fffcf6',
  danger: '#c62828',
  dangerSoft: '#fdecea',
  seal: '#c62828',
  text: '#2b2118',
  text2: '#6b5f55',
  text3: '#72675f',
  stone: '#7a6f66',
  line: '#eee8e2',
  lineDark: '#d8cfc6',
  sand: '#f3eee9',
  sandDark: '#ece6df',
  bg: '#f6f4f1',
  bgWarm: '#fff7f0',
  bgCream: '#fffaf5',
  card: '#ffffff',
  white: '#ffffff',
  black: '#000000',
  shadow: '#503214',
  map: '#eef3ea',
  mapLine: '#dfe7d8',
  certPaper: '#fff9ee',
  certSeal: '#b3261e',
  certGold: '#c9a063',
  certNote: '#8c7b6b',
} as const;

export type ColorName = keyof typeof COLORS;

/** `#rrggbb` plus an alpha channel, as `#rrggbbaa` (the form the mini-program map wants). */
export function withAlpha(hex: string, alpha: number): string {
  const a = Math.round(Math.min(1, Math.max(0, alpha)) * 255);
  return `${hex}${a.toString(16).padStart(2, '0')}`;
}
