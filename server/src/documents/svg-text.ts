import type { Font } from 'fontkit';
import { cjkFonts } from './font';

/**
 * Replaces each `<text>` of an SVG by a `<path>` of its glyph outlines, shaped by fontkit from the
 * fonts parsed once per process. resvg shapes text itself but re-reads the 10 MB font's layout
 * tables for every text element (≈ 5 ms each, 200 ms for a chart's labels); outlines cost it
 * nothing. Handles what ECharts' SSR writes: x, y, text-anchor, dominant-baseline, transform, fill,
 * opacity, font-size and font-weight in the style attribute; plain text content, no `<tspan>`.
 */
export function outlineText(svg: string): string {
  return svg.replace(/<text\b([^>]*)>([^<]*)<\/text>/g, (_all, attrs: string, content: string) =>
    textPath(attrs, unescapeXml(content)),
  );
}

function textPath(attrs: string, text: string): string {
  const attr = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(attrs)?.[1];
  const style = attr('style') ?? '';
  const css = (name: string) =>
    new RegExp(`(?:^|;)\\s*${name}\\s*:\\s*([^;]+)`).exec(style)?.[1]?.trim();
  const size = parseFloat(css('font-size') ?? attr('font-size') ?? '12');
  const weight = css('font-weight') ?? attr('font-weight') ?? '';
  const font = weight === 'bold' || Number(weight) >= 600 ? cjkFonts().bold : cjkFonts().regular;

  const run = font.layout(text);
  const scale = size / font.unitsPerEm;
  const width = run.advanceWidth * scale;
  const anchor = attr('text-anchor');
  let x =
    parseFloat(attr('x') ?? '0') - (anchor === 'end' ? width : anchor === 'middle' ? width / 2 : 0);
  const y = parseFloat(attr('y') ?? '0') + baselineShift(font, attr('dominant-baseline'), scale);

  let d = '';
  run.glyphs.forEach((glyph, i) => {
    const pos = run.positions[i]!;
    const gx = x + pos.xOffset * scale;
    const gy = y - pos.yOffset * scale;
    d += glyph.path.transform(scale, 0, 0, -scale, gx, gy).toSVG();
    x += pos.xAdvance * scale;
  });

  const keep = ['transform', 'fill', 'fill-opacity', 'opacity']
    .map((name) => [name, attr(name)] as const)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ` ${name}="${value}"`)
    .join('');
  return `<path d="${d}"${keep}/>`;
}

/** How far below `y` the alphabetic baseline lies for the requested baseline. */
function baselineShift(font: Font, baseline: string | undefined, scale: number): number {
  switch (baseline) {
    case 'central':
      return ((font.ascent + font.descent) / 2) * scale;
    case 'middle':
      return (font.xHeight / 2) * scale;
    case 'hanging':
    case 'text-before-edge':
      return font.ascent * scale;
    case 'text-after-edge':
    case 'ideographic':
      return font.descent * scale;
    default:
      return 0;
  }
}

function unescapeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_m, entity: string) => {
    switch (entity.toLowerCase()) {
      case 'amp':
        return '&';
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'quot':
        return '"';
      case 'apos':
        return "'";
      default:
        return String.fromCodePoint(
          entity[1] === 'x' || entity[1] === 'X'
            ? parseInt(entity.slice(2), 16)
            : parseInt(entity.slice(1), 10),
        );
    }
  });
}
