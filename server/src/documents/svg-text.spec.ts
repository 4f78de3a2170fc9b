import { chartSvg } from './charts';
import { outlineText } from './svg-text';

/** The x extent of a path's points (its commands' coordinates are x,y pairs). */
function xRange(d: string): [number, number] {
  const numbers = (d.match(/-?\d+(?:\.\d+)?(?:e-?\d+)?/g) ?? []).map(Number);
  const xs = numbers.filter((_, i) => i % 2 === 0);
  return [Math.min(...xs), Math.max(...xs)];
}

const svgText = (attrs: string, text: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg"><text ${attrs} style="font-size:20px;font-family:Noto Sans SC;" fill="#123">${text}</text></svg>`;

describe('outlineText', () => {
  it('turns every label of a chart into a filled path and leaves no text behind', () => {
    const svg = chartSvg(
      { kind: 'bar', categories: ['青少年', '老年人'], values: [3, 5] },
      { width: 400, height: 200 },
    );
    const count = (text: string, re: RegExp) => (text.match(re) ?? []).length;
    const texts = count(svg, /<text\b/g);
    const outlined = outlineText(svg);
    expect(texts).toBeGreaterThan(4);
    expect(outlined).not.toContain('<text');
    expect(count(outlined, /<path\b/g)).toBe(count(svg, /<path\b/g) + texts);
  });

  it('places the outline by text-anchor, keeps the transform and colour, and reads entities', () => {
    const start = /d="([^"]*)"/.exec(outlineText(svgText('x="100" y="50"', '科普')))![1]!;
    const end = /d="([^"]*)"/.exec(
      outlineText(svgText('x="100" y="50" text-anchor="end"', '科普')),
    )![1]!;
    const middle = /d="([^"]*)"/.exec(
      outlineText(svgText('x="100" y="50" text-anchor="middle"', '科普')),
    )![1]!;
    expect(xRange(start)[0]).toBeGreaterThanOrEqual(100);
    expect(xRange(start)[1]).toBeLessThanOrEqual(140.5);
    expect(xRange(end)[1]).toBeLessThanOrEqual(100);
    expect(xRange(end)[0]).toBeGreaterThan(59);
    expect((xRange(middle)[0] + xRange(middle)[1]) / 2).toBeCloseTo(100, 0);

    const out = outlineText(
      svgText('transform="translate(3 4)" dominant-baseline="central"', 'A&amp;B'),
    );
    expect(out).toContain('transform="translate(3 4)"');
    expect(out).toContain('fill="#123"');
    expect(outlineText(svgText('', 'A&amp;B'))).not.toBe(outlineText(svgText('', 'AB')));
  });
});
