import { useMemo, useState } from 'react';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import PageHeader from '../../components/PageHeader';
import PageShell from '../../components/PageShell';
import QueueList from '../../components/QueueList';
import { EmptyState, ErrorState, LoadingState } from '../../components/StateView';
import StatTiles from '../../components/StatTiles';
import { formatDate } from '../../lib/format';
import { splitTrails, stampedCheckpointIds, stampsByVenue } from '../../lib/passport';
import { goHome, openCertificate } from '../../services/nav';
import { usePassport } from '../../services/passport';
import StampsByVenue from './StampsByVenue';
import TrailProgressCard from './TrailProgressCard';
import './index.scss';

export default function Passport() {
  const passport = usePassport();
  const [tab, setTab] = useState<'trail' | 'venue'>('trail');
  usePullDownRefresh(async () => {
    await passport.reload();
    Taro.stopPullDownRefresh();
  });

  const data = passport.data;
  const stamps = useMemo(() => data?.stamps ?? [], [data]);
  const venues = useMemo(() => stampsByVenue(stamps), [stamps]);
  const { finished, inProgress } = useMemo(() => splitTrails(data?.trails ?? []), [data]);
  const distinct = useMemo(() => stampedCheckpointIds(stamps).size, [stamps]);

  return (
    <PageShell className="passport-page">
      <PageHeader
        tone="ember"
        label="我的科普护照"
        title={data?.visitor.nickname || '科普探索者'}
        titleId="passport-name"
      >
        <StatTiles
          variant="large"
          items={[
            { value: distinct, label: '枚印章', id: 'stamp-count' },
            { value: venues.length, label: '个场馆' },
            { value: finished.length, label: '条完成路线' },
          ]}
        />
      </PageHeader>

      <View className="section">
        <QueueList />
      </View>

      {passport.loading && !data ? (
        <View className="section">
          <LoadingState rows={3} />
        </View>
      ) : null}
      {passport.error && !data ? (
        <ErrorState error={passport.error} onRetry={passport.reload} />
      ) : null}

      {data && stamps.length === 0 && data.trails.length === 0 ? (
        <EmptyState
          title="护照还是空的"
          description="到科普场馆扫描打卡点的二维码，第一枚印章就会出现在这里"
          actionText="去首页找场馆"
          onAction={goHome}
          icon="印"
        />
      ) : null}

      {data && finished.length > 0 ? (
        <View className="section" id="finished-trails">
          <View className="section-head">
            <Text className="section-title">已完成的路线</Text>
          </View>
          {finished.map((t) => (
            <View
              key={t.trailId}
              className="card pp-done"
              onClick={() => openCertificate(t.trailId)}
            >
              <View className="pp-done__badge">证</View>
              <View className="pp-done__body">
                <Text className="pp-done__name">{t.trailName}</Text>
                <Text className="hint">
                  集齐 {t.total} 枚印章{t.completedAt ? ` · ${formatDate(t.completedAt)}完成` : ''}
                </Text>
              </View>
              <Text className="pp-done__cta">查看证书 ›</Text>
            </View>
          ))}
        </View>
      ) : null}

      {data && (stamps.length > 0 || inProgress.length > 0) ? (
        <View className="section">
          <View className="seg" id="passport-tabs">
            <Text
              className={`seg__item ${tab === 'trail' ? 'is-on' : ''}`}
              onClick={() => setTab('trail')}
            >
              按路线
            </Text>
            <Text
              className={`seg__item ${tab === 'venue' ? 'is-on' : ''}`}
              onClick={() => setTab('venue')}
            >
              按场馆
            </Text>
          </View>

          {tab === 'trail' ? (
            <View id="stamps-by-trail">
              {inProgress.length === 0 ? (
                <Text className="muted pp-empty-line">
                  {finished.length > 0
                    ? '参与的路线都已完成，了不起！'
                    : '您的印章还不属于任何路线，去“路线”看看吧'}
                </Text>
              ) : null}
              {inProgress.map((t) => (
                <TrailProgressCard key={t.trailId} trail={t} stamps={stamps} />
              ))}
            </View>
          ) : (
            <StampsByVenue venues={venues} />
          )}
        </View>
      ) : null}
      <Text className="hint pp-foot">护照只记录您自己的进度，不设排名。</Text>
    </PageShell>
  );
}
