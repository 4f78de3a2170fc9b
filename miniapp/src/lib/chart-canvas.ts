/**
 * ECharts on a mini-program `<canvas type="2d">` (the echarts-for-weixin approach, without its
 * bundled copy of ECharts): the canvas node WeChat hands out is wrapped so zrender takes it for
 * a lone canvas element, draws on its 2d context, and gets touches as mouse events.
 */

/** What a mini-program canvas 2d node offers (Taro.Canvas), as far as drawing needs. */
export interface CanvasNode {
  width: number;
  height: number;
  getContext(type: '2d'): unknown;
}

interface TextContext {
  font: string;
  measureText(text: string): { width: number };
}

/**
 * A stand-in for an HTML canvas. zrender treats an object without `nodeName` as a single
 * canvas: it sizes it for the pixel ratio and paints every layer on its one context.
 */
export class MiniCanvas {
  constructor(private readonly node: CanvasNode) {}

  getContext(type: string): unknown {
    return type === '2d' ? this.node.getContext('2d') : null;
  }

  get width(): number {
    return this.node.width;
  }

  set width(w: number) {
    this.node.width = w;
  }

  get height(): number {
    return this.node.height;
  }

  set height(h: number) {
    this.node.height = h;
  }

  // zrender may try to listen on its root; touches arrive through `touchToZr` instead.
  addEventListener(): void {}
  removeEventListener(): void {}
}

/**
 * The platform hooks ECharts needs outside a browser: a canvas to create and text to measure.
 * Text is measured on the newest live chart's context, so a page closed earlier (its canvas
 * gone) is never asked.
 */
export function miniPlatform(canvas: MiniCanvas) {
  const ctx = canvas.getContext('2d') as TextContext;
  return {
    createCanvas: () => canvas,
    measureText: (text: string, font?: string) => {
      ctx.font = font || '12px sans-serif';
      return { width: ctx.measureText(text).width };
    },
  };
}

export type TouchPhase = 'start' | 'move' | 'end';

/** A touch on the canvas (`x`/`y` are relative to it in canvas 2d touch events). */
export interface CanvasTouch {
  x: number;
  y: number;
}

/**
 * The zrender events a touch stands for: pressing, dragging and lifting a finger act like a
 * mouse, so a tap shows the tooltip of what is under it.
 */
export function touchToZr(
  phase: TouchPhase,
  touch: CanvasTouch,
): Array<[string, { zrX: number; zrY: number }]> {
  const at = { zrX: touch.x, zrY: touch.y };
  if (phase === 'start')
    return [
      ['mousedown', at],
      ['mousemove', at],
    ];
  if (phase === 'move') return [['mousemove', at]];
  return [
    ['mouseup', at],
    ['click', at],
  ];
}
