import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { statsApi } from '../../api/stats';
import { beijingClock } from '../../lib/figures-range';
import { LIVE_REFRESH_MS, useLiveTick } from '../../services/use-live';
import ExportBar from './ExportBar';
import { Headline } from './Headline';
import { AudiencePanel, LearningPanel, TopicPanel, TrailsPanel } from './PeoplePanels';
import { RegionsPanel, VenueKindPanel, VenueTablePanel, VenueTopPanel } from './PlacePanels';
import RangeBar, { RegionPath } from './RangeBar';
import { DailyPanel, HourlyPanel, RejectionPanel } from './TrendPanels';
import { useFigure, type FigureSource } from './use-figure';
import { useFiguresQuery } from './use-figures-query';
import './index.scss';

/** How soon to look again while the server is still folding what it held at start. */
const FOLDING_REFRESH_MS = 3000;

interface Props {
  /** Organizers see their region subtree (and drill down); staff their own venue. */
  scope: 'region' | 'venue';
  initial: { from?: string; to?: string; region?: string };
}

/**
 * The figures of a scope and period: headline figures against the period before, learning,
 * trends, places, people and trails, each chart with its table, and every output one click
 * away. A period that includes today refreshes on its own while on screen.
 */
export default function Dashboard({ scope, initial }: Props) {
  const state = useFiguresQuery(initial);
  const [folding, setFolding] = useState(false);
  const refresh = state.live || folding;
  const tick = useLiveTick(refresh, folding ? FOLDING_REFRESH_MS : LIVE_REFRESH_MS);
  const src: FigureSource | null =
    state.query && state.key
      ? { q: state.query, key: refresh ? `${state.key}|${tick}` : state.key }
      : null;
  const overview = useFigure('overview', src, statsApi.overview);
  // A server just started folds the check-ins it holds first: until then every count is 0.
  const folded = overview.current ? overview.current.asOf !== null : null;
  if (folded !== null && folding === folded) setFolding(!folded);
  const compare = useFigure('compare', src, statsApi.compare);
  const learning = useFigure('learning', src, statsApi.learning);
  const o = overview.current;
  const multiDay = (state.range && state.range.from !== state.range.to) ?? false;
  const hasChildren = scope === 'region' && (o?.byChildRegion.length ?? 0) > 0;
  const updated =
    state.live && compare.receivedAt ? `更新于 ${beijingClock(compare.receivedAt ?? 0)}` : null;

  return (
    <View className="figures" id="figures" data-scope={o?.scope.id ?? ''} data-ready={o ? '1' : ''}>
      <View className="figures__bar">
        <RangeBar state={state} updated={updated} />
        {scope === 'region' && o ? (
          <RegionPath path={o.scope.path} onChoose={state.chooseRegion} />
        ) : null}
      </View>
      {folding ? (
        <View className="notice notice--warn" id="figures-folding">
          <Text className="notice__text">正在汇总已有的打卡数据，数字稍后自动更新</Text>
        </View>
      ) : null}
      <ExportBar query={state.query} />
      <Headline compare={compare.current} error={compare.error} onRetry={compare.reload} />
      {o ? (
        <Text className="figures__sub" id="figures-venues">
          {scope === 'region'
            ? `${o.scope.name} · 有打卡的场馆 ${o.activeVenues} 个 / 共 ${o.byVenue.length} 个`
            : o.scope.name}
        </Text>
      ) : null}
      <LearningPanel learning={learning} />
      {multiDay ? <DailyPanel compare={compare} /> : null}
      <View className="figures__grid">
        <HourlyPanel src={src} />
        <RejectionPanel overview={overview} />
      </View>
      {hasChildren ? <RegionsPanel overview={overview} onDrill={state.chooseRegion} /> : null}
      {scope === 'region' ? (
        <>
          <View className="figures__grid">
            <VenueTopPanel overview={overview} />
            <VenueKindPanel src={src} />
          </View>
          <VenueTablePanel src={src} />
        </>
      ) : null}
      <View className="figures__grid">
        <AudiencePanel src={src} />
        <TopicPanel src={src} />
      </View>
      <TrailsPanel src={src} />
    </View>
  );
}
