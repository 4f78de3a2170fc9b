import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import type { ResvgRenderOptions } from '@resvg/resvg-js';

/**
 * Noto Sans SC from npm (SIL OFL 1.1: embedding and subsetting allowed). The package's index.js is
 * written for Expo's bundler, so only the TTF files are resolved; nothing on the host is assumed.
 */
export const CJK_FONT_FILES = {
  regular: require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf'),
} as const;

/** The family name inside the TTFs, which SVG text (charts) must ask for. */
export const CJK_FONT_FAMILY = 'Noto Sans SC';

/** The names the fonts are registered under in every pdfkit document made here. */
export const PDF_FONT = { regular: 'cjk', bold: 'cjk-bold' } as const;

export interface CjkFonts {
  regular: fontkit.Font;
  bold: fontkit.Font;
}

let parsed: CjkFonts | undefined;

/**
 * Both weights parsed once per process (≈ 50 ms each). pdfkit handed a path or buffer re-parses the
 * 10 MB file for every document and, worse, for every table cell; handed this object it does not.
 */
export function cjkFonts(): CjkFonts {
  parsed ??= {
    regular: parseFont(CJK_FONT_FILES.regular),
    bold: parseFont(CJK_FONT_FILES.bold),
  };
  return parsed;
}

function parseFont(path: string): fontkit.Font {
  const font = fontkit.create(readFileSync(path));
  if (!('layout' in font)) throw new Error(`${path} is a font collection, expected one font`);
  return font;
}

/** For resvg: only our files, never the host's fonts (resvg silently drops text it has no font for). */
export const RESVG_FONT: NonNullable<ResvgRenderOptions['font']> = {
  loadSystemFonts: false,
  fontFiles: [CJK_FONT_FILES.regular, CJK_FONT_FILES.bold],
  defaultFontFamily: CJK_FONT_FAMILY,
  sansSerifFamily: CJK_FONT_FAMILY,
};
