import { useEffect, useRef } from 'react';
import type { ECharts } from 'echarts/core';
import echarts from './echarts';
import type { ChartProps } from './props';
import './index.scss';

/**
 * A chart in H5: ECharts on a plain element, resized with its container. The mini-program
 * build takes index.weapp.tsx instead (a canvas 2d node).
 */
export default function Chart({ option, height, id, label }: ChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  // Callers rebuild options on every render; the drawing changes only when its content does.
  const content = JSON.stringify(option);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const instance = echarts.init(el, undefined, { renderer: 'svg' });
    chart.current = instance;
    instance.on('finished', () => el.setAttribute('data-state', 'ready'));
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    box.current?.setAttribute('data-state', 'drawing');
    chart.current?.setOption(option, true);
    // `content` stands for `option`: a new object with the same content is not redrawn.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [content]);

  return (
    <div
      ref={box}
      className="chart"
      style={{ height: `${height}px` }}
      data-chart={id}
      role="img"
      aria-label={label}
    />
  );
}
