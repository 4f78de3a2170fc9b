import { useMemo } from 'react';
import { Text, View } from '@tarojs/components';
import { api } from '../../api';
import PageShell from '../../components/PageShell';
import ProgressRow from '../../components/ProgressRow';
import ScanButton from '../../components/ScanButton';
import { EmptyState, PageError, PageLoading } from '../../components/StateView';
import TrailMap from '../../components/TrailMap';
import { trailStopStates } from '../../lib/passport';
import { legDistances, totalDistance, trailMapStops } from '../../lib/trail-map';
import { goTrails, openCertificate, usePageParams } from '../../services/nav';
import { usePassport } from '../../services/passport';
import { useAsync } from '../../services/use-async';
import StopList from './StopList';
import TrailHead from './TrailHead';
import './index.scss';

export default function TrailPage() {
  const { id = '' } = usePageParams('trail');
  const trail = useAsync(id ? `trail:${id}` : null, () => api.trail(id));
  const passport = usePassport();

  const state = useMemo(
    () => (trail.data ? trailStopStates(trail.data, passport.data?.stamps ?? []) : null),
    [trail.data, passport.data],
  );
  const legs = useMemo(
    () => (trail.data ? legDistances(trailMapStops(trail.data)) : []),
    [trail.data],
  );

  if (!id) {
    return (
      <PageShell>
        <EmptyState title="没有找到这条路线" actionText="查看全部路线" onAction={goTrails} />
      </PageShell>
    );
  }
  if (trail.loading && !trail.data) return <PageLoading rows={3} />;
  if (trail.error || !trail.data || !state) {
    return <PageError error={trail.error} onRetry={trail.reload} />;
  }

  const t = trail.data;
  return (
    <PageShell className="trail-page">
      <TrailHead trail={t} distanceM={totalDistance(trailMapStops(t))} />

      <View className="section">
        <View className="card trail-progress-card" id="trail-progress-summary">
          <ProgressRow
            variant="summary"
            label={state.completed ? '已完成全部打卡' : '我的进度'}
            count={`${state.collected}/${state.total}`}
            countId="trail-progress-count"
            collected={state.collected}
            total={state.total}
            done={state.completed}
          />
          {state.completed ? (
            <Text className="trail-progress-card__cert" onClick={() => openCertificate(t.id)}>
              查看完成证书 ›
            </Text>
          ) : passport.error ? (
            <Text className="hint">暂时无法读取您的印章，进度稍后显示</Text>
          ) : null}
        </View>
      </View>

      <View className="section">
        <TrailMap trail={t} stops={state.stops} />
      </View>

      <StopList stops={state.stops} legsM={legs} ordered={t.ordered} />

      <View className="section trail-page__scan">
        <ScanButton variant="bar" />
      </View>
    </PageShell>
  );
}
