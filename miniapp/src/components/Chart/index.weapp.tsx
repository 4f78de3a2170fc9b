import { useEffect, useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import { Canvas, View } from '@tarojs/components';
import type { ECharts } from 'echarts/core';
import { MiniCanvas, miniPlatform, touchToZr, type TouchPhase } from '../../lib/chart-canvas';
import echarts from './echarts';
import type { ChartProps } from './props';
import './index.scss';

let serial = 0;

/** Tooltips on a canvas are drawn text: there is no HTML to put them in. */
function forCanvas(option: ChartProps['option']): ChartProps['option'] {
  return { ...option, tooltip: { ...(option.tooltip as object), renderMode: 'richText' } };
}

function pixelRatio(): number {
  try {
    return Math.min(3, Taro.getWindowInfo().pixelRatio || 2);
  } catch {
    return 2;
  }
}

/**
 * A chart in the mini-program: ECharts drawing on a `<canvas type="2d">` node (found once the
 * page has laid it out), touches forwarded so a tap shows the tooltip.
 */
export default function Chart({ option, height, id, label }: ChartProps) {
  const [canvasId] = useState(() => `chart-${id}-${++serial}`);
  const chart = useRef<ECharts | null>(null);
  const latest = useRef(option);
  const content = JSON.stringify(option);

  useEffect(() => {
    let disposed = false;
    Taro.nextTick(() => {
      Taro.createSelectorQuery()
        .select(`#${canvasId}`)
        .fields({ node: true, size: true })
        .exec((res: Array<{ node?: Taro.Canvas; width?: number; height?: number } | null>) => {
          const found = res?.[0];
          if (disposed || !found?.node) return;
          const canvas = new MiniCanvas(found.node as never);
          echarts.setPlatformAPI(miniPlatform(canvas) as never);
          const instance = echarts.init(canvas as never, undefined, {
            width: found.width ?? 300,
            height: found.height ?? height,
            devicePixelRatio: pixelRatio(),
          });
          instance.setOption(forCanvas(latest.current), true);
          chart.current = instance;
        });
    });
    return () => {
      disposed = true;
      chart.current?.dispose();
      chart.current = null;
    };
  }, [canvasId, height]);

  useEffect(() => {
    latest.current = option;
    chart.current?.setOption(forCanvas(option), true);
    // `content` stands for `option`: a new object with the same content is not redrawn.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [content]);

  type Touches = Array<{ x: number; y: number }>;
  const touch = (phase: TouchPhase, e: { touches?: Touches; changedTouches?: Touches }) => {
    const zr = chart.current?.getZr();
    // A lifted finger is no longer in `touches`.
    const t = e.touches?.[0] ?? e.changedTouches?.[0];
    if (!zr || !t) return;
    for (const [name, at] of touchToZr(phase, t)) zr.handler.dispatch(name as never, at);
  };

  return (
    <View ariaRole="img" ariaLabel={label} data-chart={id}>
      <Canvas
        type="2d"
        id={canvasId}
        className="chart"
        style={{ height: `${height}px` }}
        onTouchStart={(e) => touch('start', e as never)}
        onTouchMove={(e) => touch('move', e as never)}
        onTouchEnd={(e) => touch('end', e as never)}
      />
    </View>
  );
}
