import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { formatInteger, formatMinutes, type StatsLearningResponse } from '@xinghuo/shared';
import { statsApi } from '../../api/stats';
import { chartFigure } from '../../lib/figures-charts';
import { audienceView } from '../../lib/figures-view';
import {
  funnelView,
  learningCheckpointView,
  learningTrailTable,
  medianError,
  medianText,
  topicView,
  trailTable,
} from '../../lib/trail-view';
import FigurePanel from '../FigurePanel';
import FigureTableView from '../FigurePanel/FigureTableView';
import { LearningSummary } from './Headline';
import { RoutePanel, StatePanel } from './StatePanel';
import { useFigure, type FigureSource, type FigureState } from './use-figure';

export function AudiencePanel({ src }: { src: FigureSource | null }) {
  return (
    <RoutePanel
      id="chart-audience"
      title="重点人群"
      desc="访客自愿填写的人群；改填过人群的访客在各人群分别计入"
      route="audience-groups"
      src={src}
      load={statsApi.audienceGroups}
      draw={(g) => chartFigure(audienceView(g), 'hbar')}
    />
  );
}

export function TopicPanel({ src }: { src: FigureSource | null }) {
  return (
    <RoutePanel
      id="chart-topics"
      title="主题"
      desc="各主题路线的开始与完成人次（一人走两条同主题路线计两次）"
      route="topics"
      src={src}
      load={statsApi.topics}
      draw={(t) => chartFigure(topicView(t), 'hbar')}
      empty="辖区内暂无主题路线"
    />
  );
}

/**
 * Trail completion: every trail's starts, finishes and median time, and the funnel of the one
 * chosen (started → each stamp → finished).
 */
export function TrailsPanel({ src }: { src: FigureSource | null }) {
  const funnels = useFigure('funnels', src, statsApi.funnels);
  const items = funnels.current?.items;
  const [chosen, setChosen] = useState<string | null>(null);
  const trail = items?.find((t) => t.id === chosen) ?? items?.[0];
  const error = items ? medianError(items) : null;
  return (
    <FigurePanel
      id="chart-funnel"
      title="路线完成情况"
      desc={
        trail
          ? `${trail.name}：开始 ${formatInteger(trail.started)} 人，完成 ${formatInteger(trail.finished)} 人，完成用时中位数${medianText(trail.medianMinutesToFinish)}`
          : '按首次集章日期统计开始路线的访客，进度截至目前'
      }
      note={
        error !== null
          ? `完成用时为分段统计的近似中位数（标“约”），与实际相差不超过${formatMinutes(error)}；其余数据均为精确统计。`
          : undefined
      }
      figure={trail ? chartFigure(funnelView(trail), 'hbar') : items ? BLANK : null}
      error={funnels.error}
      onRetry={funnels.reload}
      empty="该时段没有访客开始辖区内的路线"
      tools={
        items && items.length > 1 ? (
          <View className="trail-picker" id="trail-picker">
            {items.map((t) => (
              <Text
                key={t.id}
                className={`trail-picker__item ${t.id === trail?.id ? 'is-on' : ''}`}
                data-trail={t.id}
                onClick={() => setChosen(t.id)}
              >
                {t.name}
              </Text>
            ))}
          </View>
        ) : null
      }
    >
      {items && items.length ? (
        <View className="figure-panel__more" id="trail-table">
          <Text className="figure-panel__subtitle">全部路线</Text>
          <FigureTableView table={trailTable(items)} />
        </View>
      ) : null}
    </FigurePanel>
  );
}

const BLANK = {
  option: {},
  height: 0,
  table: { head: [], rows: [] },
  blank: true,
};

/** Learning first: answers and first-try correct rates per checkpoint and per trail. */
export function LearningPanel({ learning }: { learning: FigureState<StatsLearningResponse> }) {
  const l = learning.current;
  return (
    <StatePanel
      id="chart-learning"
      title="学习成效"
      desc="打卡后回答科普问题，由服务器判定；统计答题与首次答对，不对个人排名"
      state={learning}
      draw={(d) => chartFigure(learningCheckpointView(d), 'hbar')}
      empty="该时段暂无答题"
      lead={<LearningSummary learning={l} />}
    >
      {l && l.trails.length ? (
        <View className="figure-panel__more" id="learning-trails">
          <Text className="figure-panel__subtitle">各路线答题情况</Text>
          <FigureTableView table={learningTrailTable(l)} />
        </View>
      ) : null}
    </StatePanel>
  );
}
