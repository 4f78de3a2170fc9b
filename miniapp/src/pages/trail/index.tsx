import { useMemo } from 'react';
import { Map as TaroMap, Text, View } from '@tarojs/components';
import { Progress, Tag } from '@nutui/nutui-react-taro';
import {
  AUDIENCE_GROUP_LABELS,
  TOPIC_LABELS,
  formatDistance,
  type TrailDetail,
} from '@xinghuo/shared';
import { api } from '../../api';
import PageShell from '../../components/PageShell';
import ScanButton from '../../components/ScanButton';
import { EmptyState, ErrorState, LoadingState } from '../../components/StateView';
import { formatDuration } from '../../lib/format';
import { progressPercent, trailStopStates, type TrailStopState } from '../../lib/passport';
import {
  centerOf,
  distinctPlaces,
  legDistances,
  sketchLayout,
  totalDistance,
  type MapStop,
} from '../../lib/trail-map';
import { goTrails, openCertificate, openVenue, usePageParams } from '../../services/nav';
import { usePassport } from '../../services/passport';
import { useAsync } from '../../services/use-async';

// Copied as files into the weapp package by config/index.ts.
const PIN_ICON = '/assets/map/pin.png';
const PIN_DONE_ICON = '/assets/map/pin-done.png';
import './index.scss';

function mapStops(trail: TrailDetail): MapStop[] {
  return [...trail.stops]
    .sort((a, b) => a.position - b.position)
    .map((s) => ({ id: s.checkpoint.id, name: s.venue.name, location: s.venue.location }));
}

/** Mini-program: a real map with numbered markers and the trail drawn as a line. */
function WeappMap({ trail, states }: { trail: TrailDetail; states: TrailStopState[] }) {
  const stops = mapStops(trail);
  const places = distinctPlaces(stops);
  const center = centerOf(places);
  if (!center) return null;
  const stampedVenues = new Set(states.filter((s) => s.stamped).map((s) => s.venueId));
  const sorted = [...trail.stops].sort((a, b) => a.position - b.position);
  const markers = places.map((p, i) => {
    const venueId = sorted.find((s) => s.checkpoint.id === p.id)?.venue.id ?? '';
    return {
      id: i + 1,
      latitude: p.location.lat,
      longitude: p.location.lng,
      iconPath: stampedVenues.has(venueId) ? PIN_DONE_ICON : PIN_ICON,
      width: 28,
      height: 28,
      title: p.name,
      label: {
        content: `${i + 1} ${p.name}`,
        color: '#2B2118',
        fontSize: 12,
        anchorX: 16,
        anchorY: -28,
        bgColor: '#FFFFFF',
        padding: 4,
        borderRadius: 4,
        borderWidth: 0,
        borderColor: '#FFFFFF',
        textAlign: 'left' as const,
      },
    };
  });
  const points = places.map((p) => ({ latitude: p.location.lat, longitude: p.location.lng }));
  return (
    <TaroMap
      className="trail-map"
      latitude={center.lat}
      longitude={center.lng}
      scale={13}
      markers={markers}
      polyline={
        points.length > 1 ? [{ points, color: '#E4572ECC', width: 5, arrowLine: true }] : []
      }
      includePoints={points}
      showLocation
      onError={() => undefined}
    />
  );
}

const SKETCH_ASPECT = 0.8;

/** H5 without a map SDK: a north-up sketch of the places with the path between them. */
function SketchMap({ trail, states }: { trail: TrailDetail; states: TrailStopState[] }) {
  const places = distinctPlaces(mapStops(trail));
  const { points, segments } = sketchLayout(places, { aspect: SKETCH_ASPECT });
  const stampedNames = new Set(states.filter((s) => s.stamped).map((s) => s.venueName));
  if (points.length === 0) return null;
  return (
    <View className="trail-sketch" id="trail-sketch">
      <View className="trail-sketch__grid" />
      {segments.map((s, i) => (
        <View
          key={`seg-${i}`}
          className="trail-sketch__seg"
          style={{
            left: `${s.x}%`,
            top: `${s.y}%`,
            width: `${s.length}%`,
            transform: `rotate(${s.angle}deg)`,
          }}
        />
      ))}
      {points.map((p, i) => (
        <View
          key={p.id}
          className={`trail-sketch__pt ${stampedNames.has(p.name) ? 'is-done' : ''} ${p.x > 58 ? 'is-left' : ''}`}
          style={{ left: `${p.x}%`, top: `${p.y}%` }}
        >
          <Text className="trail-sketch__num">{i + 1}</Text>
          <Text className="trail-sketch__name">{p.name}</Text>
        </View>
      ))}
      <Text className="trail-sketch__north">北 ↑</Text>
    </View>
  );
}

export default function TrailPage() {
  const { id = '' } = usePageParams('trail');
  const trail = useAsync(id ? `trail:${id}` : null, () => api.trail(id));
  const passport = usePassport();

  const state = useMemo(
    () => (trail.data ? trailStopStates(trail.data, passport.data?.stamps ?? []) : null),
    [trail.data, passport.data],
  );
  const legs = useMemo(() => (trail.data ? legDistances(mapStops(trail.data)) : []), [trail.data]);

  if (!id) {
    return (
      <PageShell>
        <EmptyState title="没有找到这条路线" actionText="查看全部路线" onAction={goTrails} />
      </PageShell>
    );
  }
  if (trail.loading && !trail.data) {
    return (
      <PageShell>
        <View className="section">
          <LoadingState rows={3} />
        </View>
      </PageShell>
    );
  }
  if (trail.error || !trail.data || !state) {
    return (
      <PageShell>
        <ErrorState error={trail.error} onRetry={trail.reload} />
      </PageShell>
    );
  }

  const t = trail.data;
  const total = totalDistance(mapStops(t));
  return (
    <PageShell className="trail-page">
      <View className="trail-head">
        <Text className="trail-head__topic">{TOPIC_LABELS[t.topic] ?? t.topic}</Text>
        <Text className="trail-head__name" id="trail-name">
          {t.name}
        </Text>
        <Text className="trail-head__desc">{t.description}</Text>
        <View className="trail-head__facts">
          <View className="fact">
            <Text className="fact__v">{t.stopCount}</Text>
            <Text className="fact__k">打卡点</Text>
          </View>
          <View className="fact">
            <Text className="fact__v">{t.venueCount}</Text>
            <Text className="fact__k">场馆</Text>
          </View>
          <View className="fact">
            <Text className="fact__v">
              {formatDuration(t.estimatedMinutes).replace('约', '') || '—'}
            </Text>
            <Text className="fact__k">预计用时</Text>
          </View>
          {total > 0 ? (
            <View className="fact">
              <Text className="fact__v">{formatDistance(total)}</Text>
              <Text className="fact__k">全程</Text>
            </View>
          ) : null}
        </View>
        <View className="chip-row trail-head__tags">
          <Tag background="#FFE3D6" color="#B8401C" round>
            {t.ordered ? '需按顺序打卡' : '顺序不限'}
          </Tag>
          {t.audienceGroups.map((g) => (
            <Tag key={g} background="rgba(255,255,255,0.92)" color="#1F3A68" round>
              {AUDIENCE_GROUP_LABELS[g] ?? g}
            </Tag>
          ))}
        </View>
      </View>

      <View className="section">
        <View className="card trail-progress-card" id="trail-progress-summary">
          <View className="row trail-progress-card__row">
            <Text className="trail-progress-card__label">
              {state.completed ? '已完成全部打卡' : '我的进度'}
            </Text>
            <Text className="trail-progress-card__count" id="trail-progress-count">
              {state.collected}/{state.total}
            </Text>
          </View>
          <Progress
            percent={progressPercent(state.collected, state.total)}
            color={state.completed ? '#2E9E6A' : '#E4572E'}
            strokeWidth="10"
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
        {process.env.TARO_ENV === 'weapp' ? (
          <WeappMap trail={t} states={state.stops} />
        ) : (
          <SketchMap trail={t} states={state.stops} />
        )}
      </View>

      <View className="section">
        <View className="section-head">
          <Text className="section-title">打卡点</Text>
          <Text className="muted">{t.ordered ? '请按顺序前往' : '可按任意顺序'}</Text>
        </View>
        <View className="stops" id="trail-stops">
          {state.stops.map((s, i) => (
            <View key={s.checkpointId}>
              <View
                className={`stop ${s.stamped ? 'is-done' : ''} ${s.isNext ? 'is-next' : ''}`}
                onClick={() => openVenue(s.venueId)}
              >
                <View className="stop__num">{s.stamped ? '✓' : i + 1}</View>
                <View className="stop__body">
                  <Text className="stop__name">{s.checkpointName}</Text>
                  <Text className="stop__venue">{s.venueName}</Text>
                </View>
                <Text className={`stop__state ${s.stamped ? 'done' : ''}`}>
                  {s.stamped ? '已集章' : s.isNext ? '下一站' : '未打卡'}
                </Text>
              </View>
              {i < legs.length ? (
                <View className="stop__leg">
                  <Text className="hint">
                    {(legs[i] ?? 0) < 30 ? '同一场馆内' : `约 ${formatDistance(legs[i] ?? 0)}`}
                  </Text>
                </View>
              ) : null}
            </View>
          ))}
        </View>
      </View>

      <View className="section trail-page__scan">
        <ScanButton variant="bar" />
      </View>
    </PageShell>
  );
}
