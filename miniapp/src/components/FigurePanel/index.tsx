import { useState, type ReactNode } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { EChartsCoreOption } from 'echarts/core';
import { tableText, type FigureTable } from '../../lib/figure-table';
import Chart from '../Chart';
import Segmented from '../Segmented';
import { ErrorState } from '../StateView';
import FigureTableView from './FigureTableView';
import './index.scss';

/** What a panel draws once its data is in. */
export interface PanelFigure {
  option: EChartsCoreOption;
  height: number;
  table: FigureTable;
  /** Nothing to draw: the empty state is shown instead. */
  blank: boolean;
}

interface Props {
  id: string;
  title: string;
  /** One line under the title: what is counted. */
  desc?: ReactNode;
  /** Said where the figure is shown, e.g. that a median is approximate. */
  note?: ReactNode;
  /** null while loading. */
  figure: PanelFigure | null;
  error?: unknown;
  onRetry?: () => void;
  /** Controls beside the title (a trail to show). */
  tools?: ReactNode;
  empty?: string;
  /** Shown above the chart: the figures that matter most. */
  lead?: ReactNode;
  /** Shown under the chart or table: a second table, a link. */
  children?: ReactNode;
  /** Table first (long lists where the chart shows only the top). */
  tableFirst?: boolean;
}

type Mode = 'chart' | 'table';
const MODES: ReadonlyArray<{ value: Mode; label: string }> = [
  { value: 'chart', label: '图表' },
  { value: 'table', label: '表格' },
];

/**
 * One figure of the figures pages: a chart and, one tap away, its numbers as a table (for screen
 * readers and for copying into a report), with a loading skeleton, an empty state and errors.
 */
export default function FigurePanel(props: Props) {
  const [mode, setMode] = useState<Mode>(props.tableFirst ? 'table' : 'chart');
  const f = props.figure;
  const copy = () => {
    if (!f) return;
    void Taro.setClipboardData({ data: tableText(f.table) }).then(() =>
      Taro.showToast({ title: '已复制，可粘贴到表格', icon: 'none' }),
    );
  };
  return (
    <View className="panel figure-panel" id={props.id} data-mode={mode}>
      <View className="panel__head figure-panel__head">
        <View className="figure-panel__titles">
          <Text className="panel__title">{props.title}</Text>
          {props.desc ? <Text className="figure-panel__desc">{props.desc}</Text> : null}
        </View>
        <View className="figure-panel__tools">
          {props.tools}
          {f && !f.blank ? (
            <>
              <Segmented value={mode} options={MODES} onChange={setMode} id={`${props.id}-mode`} />
              <Text className="link-btn figure-panel__copy" onClick={copy}>
                复制数据
              </Text>
            </>
          ) : null}
        </View>
      </View>
      {props.note ? <Text className="figure-panel__note">{props.note}</Text> : null}
      {props.lead}
      <PanelBody {...props} mode={mode} />
      {props.children}
    </View>
  );
}

function PanelBody(props: Props & { mode: Mode }) {
  const f = props.figure;
  if (props.error && !f) return <ErrorState error={props.error} onRetry={props.onRetry} />;
  if (!f) return <View className="figure-panel__skeleton" aria-busy="true" />;
  if (f.blank) {
    return (
      <View className="figure-panel__empty">
        <Text>{props.empty ?? '该时段暂无打卡'}</Text>
      </View>
    );
  }
  return props.mode === 'chart' ? (
    <View className="figure-panel__chart">
      <Chart option={f.option} height={f.height} id={props.id} label={props.title} />
      {/* A screen reader reads the numbers instead of the drawing. */}
      <View className="figure-panel__read-out">
        <FigureTableView table={f.table} />
      </View>
    </View>
  ) : (
    <FigureTableView table={f.table} />
  );
}
