import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as echarts from 'echarts';
import { MiniCanvas, miniPlatform, touchToZr, type CanvasNode } from './chart-canvas';
import { barOption } from './figures-charts';
import { COLORS } from './theme';

/**
 * A canvas node like the mini-program's: a 2d context that records what is drawn. ECharts runs
 * outside a browser here as in WeChat, so this drives the same code path the weapp Chart does.
 */
function recordingNode(): CanvasNode & { texts: string[]; fills: unknown[] } {
  const texts: string[] = [];
  const fills: unknown[] = [];
  const state: Record<string | symbol, unknown> = { font: '12px sans-serif' };
  const gradient = { addColorStop() {} };
  const ctx = new Proxy(state, {
    get(target, prop) {
      if (prop === 'fillText') return (text: string) => texts.push(String(text));
      if (prop === 'measureText') return (text: string) => ({ width: String(text).length * 7 });
      if (prop === 'fillRect' || prop === 'fill') {
        return () => fills.push(target.fillStyle);
      }
      if (prop === 'createLinearGradient' || prop === 'createRadialGradient') {
        return () => gradient;
      }
      if (prop === 'getLineDash') return () => [];
      if (prop in target) return target[prop];
      return () => undefined;
    },
    set(target, prop, value) {
      target[prop] = value;
      return true;
    },
  });
  return { width: 0, height: 0, getContext: () => ctx, texts, fills };
}

// ECharts leaves tooltips out under Node; in WeChat it runs as a mini-program (env.wxa).
echarts.env.node = false;
echarts.env.wxa = true;

function drawn(node: ReturnType<typeof recordingNode>, option: echarts.EChartsCoreOption) {
  const canvas = new MiniCanvas(node);
  echarts.setPlatformAPI(miniPlatform(canvas) as never);
  const chart = echarts.init(canvas as never, undefined, {
    width: 320,
    height: 200,
    devicePixelRatio: 2,
  });
  chart.setOption({ ...option, animation: false });
  chart.getZr().flush();
  return chart;
}

test('a bar chart is drawn on the mini-program canvas, sized for the pixel ratio', () => {
  const node = recordingNode();
  const chart = drawn(
    node,
    barOption(
      {
        categories: ['唐山科技馆', '机器人星火馆'],
        series: [{ name: '打卡人次', values: [3284, 10331], color: COLORS.navy }],
      },
      true,
    ),
  );
  try {
    assert.equal(node.width, 640, 'canvas width is CSS width × pixel ratio');
    assert.equal(node.height, 400);
    assert.ok(node.texts.includes('唐山科技馆'), `category drawn: ${node.texts.join('|')}`);
    assert.ok(node.texts.includes('1.03万'), 'value label in 万');
    assert.ok(node.texts.includes('3,284'), 'value label below 万 exact');
    assert.ok(node.fills.includes(COLORS.navy), 'bars in the series colour');
  } finally {
    chart.dispose();
  }
});

test('a tap on a bar shows its exact value in the tooltip (drawn as rich text)', () => {
  const node = recordingNode();
  const option = barOption(
    {
      categories: ['一月', '二月'],
      series: [{ name: '打卡人次', values: [12345, 20000], color: COLORS.navy }],
    },
    false,
  );
  const chart = drawn(node, {
    ...option,
    tooltip: { ...(option.tooltip as object), renderMode: 'richText', showDelay: 0 },
  });
  try {
    node.texts.length = 0;
    const zr = chart.getZr();
    const [x, y] = chart.convertToPixel({ seriesIndex: 0 }, [0, 6000]) as number[];
    for (const [name, at] of touchToZr('start', { x: x!, y: y! }))
      zr.handler.dispatch(name as never, at);
    zr.flush();
    assert.ok(
      node.texts.some((t) => t.includes('12,345')),
      `tooltip with the exact value: ${node.texts.join('|')}`,
    );
  } finally {
    chart.dispose();
  }
});

test('touches map to the mouse events zrender handles', () => {
  assert.deepEqual(
    touchToZr('end', { x: 3, y: 4 }).map(([n]) => n),
    ['mouseup', 'click'],
  );
  assert.deepEqual(touchToZr('move', { x: 3, y: 4 }), [['mousemove', { zrX: 3, zrY: 4 }]]);
});
