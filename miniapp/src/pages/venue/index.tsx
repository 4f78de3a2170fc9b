import { useMemo } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import {
  VENUE_KIND_LABELS,
  WEEKDAY_LABELS,
  formatDayHours,
  formatOpeningHours,
  type VenueKind,
} from '@xinghuo/shared';
import { api } from '../../api';
import PageShell from '../../components/PageShell';
import ScanButton from '../../components/ScanButton';
import PageHeader from '../../components/PageHeader';
import { PageError, PageLoading } from '../../components/StateView';
import { beijingWeekday } from '../../lib/format';
import { stampedCheckpointIds } from '../../lib/passport';
import { openVenueLocation } from '../../services/location';
import { usePageParams } from '../../services/nav';
import { usePassport } from '../../services/passport';
import { useAsync } from '../../services/use-async';
import './index.scss';

const HEADER_TONES: Partial<Record<VenueKind, 'museum' | 'green'>> = {
  science_museum: 'museum',
  education_base: 'green',
  science_courtyard: 'green',
};

export default function VenuePage() {
  const { id = '' } = usePageParams('venue');
  const venue = useAsync(id ? `venue:${id}` : null, () => api.venue(id));
  const passport = usePassport();
  const stamped = useMemo(() => stampedCheckpointIds(passport.data?.stamps ?? []), [passport.data]);

  if (venue.loading && !venue.data) return <PageLoading rows={3} />;
  if (venue.error || !venue.data) {
    return <PageError error={venue.error} onRetry={id ? venue.reload : undefined} />;
  }

  const v = venue.data;
  const today = beijingWeekday();
  const checkpoints = [...v.checkpoints].sort((a, b) => a.sortOrder - b.sortOrder);
  return (
    <PageShell className="venue-page">
      <PageHeader
        tone={HEADER_TONES[v.kind] ?? 'brand'}
        pill={VENUE_KIND_LABELS[v.kind] ?? v.kind}
        pillId="venue-kind"
        title={v.name}
        titleId="venue-name"
      >
        {v.host ? <Text className="venue-head__host">{v.host}</Text> : null}
      </PageHeader>

      <View className="section">
        <View className="card info">
          <View className="info__row">
            <Text className="info__k">地址</Text>
            <View className="info__v">
              <Text>{v.address}</Text>
              <Text className="hint">{v.regionName}</Text>
            </View>
          </View>
          <View className="info__row">
            <Text className="info__k">开放</Text>
            <View className="info__v">
              <Text className="info__today">
                今天（{WEEKDAY_LABELS[today]}）{formatDayHours(v.openingHours, today)}
              </Text>
              <Text className="hint" id="venue-hours">
                {formatOpeningHours(v.openingHours)}
              </Text>
            </View>
          </View>
          {v.geofenceRadiusM ? (
            <View className="info__row">
              <Text className="info__k">打卡</Text>
              <View className="info__v">
                <Text>需在场馆内打卡（约 {v.geofenceRadiusM} 米范围），打卡时会请求您的位置</Text>
              </View>
            </View>
          ) : null}
          <Button
            type="primary"
            fill="outline"
            block
            className="info__nav"
            onClick={() => openVenueLocation(v)}
            id="venue-navigate"
          >
            到这里去（地图导航）
          </Button>
        </View>
      </View>

      {v.description ? (
        <View className="section">
          <View className="card">
            <Text className="section-title">场馆介绍</Text>
            <Text className="venue-page__desc">{v.description}</Text>
          </View>
        </View>
      ) : null}

      <View className="section">
        <View className="section-head">
          <Text className="section-title">打卡点（{checkpoints.length}）</Text>
          {passport.data ? (
            <Text className="muted">
              已集 {checkpoints.filter((c) => stamped.has(c.id)).length} 枚
            </Text>
          ) : null}
        </View>
        <View className="card cps" id="venue-checkpoints">
          {checkpoints.length === 0 ? <Text className="muted">该场馆暂未设置打卡点</Text> : null}
          {checkpoints.map((c, i) => (
            <View key={c.id} className={`cp ${stamped.has(c.id) ? 'is-done' : ''}`}>
              <Text className="cp__num">{stamped.has(c.id) ? '✓' : i + 1}</Text>
              <Text className="cp__name">{c.name}</Text>
              <Text className="cp__state">{stamped.has(c.id) ? '已集章' : '找到二维码扫一扫'}</Text>
            </View>
          ))}
        </View>
      </View>

      <View className="section venue-page__scan">
        <ScanButton variant="bar" />
      </View>
    </PageShell>
  );
}
