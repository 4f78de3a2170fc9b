import { useEffect, useState } from 'react';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { CurrentCampaignResponse, GeoPoint } from '@xinghuo/shared';
import { api } from '../../api';
import PageShell from '../../components/PageShell';
import QueueList from '../../components/QueueList';
import RegionPicker from '../../components/RegionPicker';
import ScanButton from '../../components/ScanButton';
import { EmptyState, ErrorState, LoadingState } from '../../components/StateView';
import TrailCard from '../../components/TrailCard';
import VenueCard from '../../components/VenueCard';
import { messageOf } from '../../lib/api-error';
import { featuredTrails } from '../../lib/featured';
import { daysUntil, formatCampaignWindow } from '../../lib/format';
import { LOCATION_REASON, getLocation, type LocationResult } from '../../services/location';
import { goTrails } from '../../services/nav';
import { getPrefs, setPrefs, usePrefs } from '../../services/prefs';
import { useAsync } from '../../services/use-async';
import './index.scss';

function Hero({ data, error }: { data?: CurrentCampaignResponse; error: unknown }) {
  const c = data?.current ?? null;
  const next = data?.upcoming ?? null;
  // While the campaign loads, its theme's line is held open, so the page below does not jump
  // down when it arrives (the home page's largest layout shift on a slow network).
  const pending = !data && !error;
  return (
    <View className="hero" id="campaign-hero">
      <View className="hero__glow" />
      <Text className="hero__kicker">{c ? '活动进行中' : next ? '即将开始' : '全国科普月'}</Text>
      <Text className="hero__name">{c?.name ?? next?.name ?? '星火探馆'}</Text>
      {c || next ? (
        <Text className="hero__theme">“{(c ?? next)!.theme}”</Text>
      ) : pending ? (
        <Text className="hero__theme">{'\u00a0'}</Text>
      ) : null}
      <Text className="hero__window">
        {c
          ? `${formatCampaignWindow(c.startsAt, c.endsAt)} · 走进身边的科普场馆`
          : next
            ? `${formatCampaignWindow(next.startsAt, next.endsAt)} · 还有 ${daysUntil(next.startsAt)} 天开始`
            : error
              ? messageOf(error)
              : '发现身边的科普场馆，集印章、学知识'}
      </Text>
    </View>
  );
}

export default function Home() {
  const prefs = usePrefs();
  const campaign = useAsync('campaign', () => api.currentCampaign());
  const trails = useAsync('trails', () => api.trails({}));
  const [near, setNear] = useState<GeoPoint | null>(null);
  // A permission given before is used at once (below), so the page starts out locating.
  const [locating, setLocating] = useState(() => getPrefs().locationAllowed);
  const [locationNote, setLocationNote] = useState<string | null>(null);
  const [pickerOpen, setPickerOpen] = useState(false);
  const region = prefs.region;
  const venues = useAsync(
    near ? `venues:near:${near.lat},${near.lng}` : region ? `venues:${region.code}` : null,
    () => api.venues(near ? { near } : { region: region?.code }),
  );
  // The visitor's area: the region of the nearest venue, or the one they picked.
  const area = near ? venues.data?.items[0]?.regionCode : region?.code;
  const areaTrails = useAsync(area ? `trails:${area}` : null, () => api.trails({ region: area }));

  const located = (r: LocationResult, explain: boolean) => {
    setLocating(false);
    if (r.ok) setNear(r.point);
    else if (explain)
      setLocationNote(
        r.reason === 'denied'
          ? '未获得位置权限，您可以选择地区查看场馆'
          : '暂时无法获取位置，请选择地区',
      );
  };

  const locate = async () => {
    setLocating(true);
    setLocationNote(null);
    located(await getLocation({ explain: true }), true);
  };

  useEffect(() => {
    // Only re-use a permission the visitor already gave; first-time asks wait for a tap.
    if (getPrefs().locationAllowed)
      void getLocation({ explain: false }).then((r) => located(r, false));
  }, []);

  usePullDownRefresh(async () => {
    await Promise.all([
      campaign.reload(),
      trails.reload(),
      area ? areaTrails.reload() : Promise.resolve(),
      near || region ? venues.reload() : Promise.resolve(),
    ]);
    Taro.stopPullDownRefresh();
  });

  const featured = featuredTrails(area ? areaTrails.data?.items : undefined, trails.data?.items);
  const venueItems = (venues.data?.items ?? []).slice(0, near ? 8 : 20);

  return (
    <PageShell className="home">
      <Hero data={campaign.data} error={campaign.error} />

      <View className="section home__scan">
        <ScanButton />
      </View>

      <View className="section">
        <QueueList />
      </View>

      <View className="section" id="featured-trails">
        <View className="section-head">
          <Text className="section-title">推荐路线</Text>
          <Text className="section-more" onClick={goTrails}>
            全部路线 ›
          </Text>
        </View>
        {/* As many placeholders as trails are featured: the list keeps its height when they come. */}
        {trails.loading && !trails.data ? <LoadingState rows={3} /> : null}
        {trails.error ? <ErrorState error={trails.error} onRetry={trails.reload} /> : null}
        {trails.data && featured.length === 0 ? (
          <EmptyState
            title="路线正在筹备中"
            description="各地的主题体验路线发布后会出现在这里"
            icon="⌘"
          />
        ) : null}
        {featured.map((t) => (
          <TrailCard key={t.id} trail={t} compact />
        ))}
      </View>

      <View className="section" id="nearby-venues">
        <View className="section-head">
          <Text className="section-title">
            {near ? '附近场馆' : region ? `${region.name}的场馆` : '附近场馆'}
          </Text>
          <Text className="section-more" onClick={() => setPickerOpen(true)}>
            {region && !near ? '切换地区 ›' : '选择地区 ›'}
          </Text>
        </View>

        {!near && !region ? (
          <View className="card locate-card">
            <Text className="locate-card__title">查看离您最近的科普场馆</Text>
            <Text className="locate-card__reason">
              开启定位后按距离为您排序。位置{LOCATION_REASON.replace('用于', '仅用于')}
              ，不会被持续记录。
            </Text>
            {locationNote ? <Text className="locate-card__note">{locationNote}</Text> : null}
            <View className="btn-row">
              <Button
                type="primary"
                loading={locating}
                onClick={() => void locate()}
                id="use-location"
              >
                使用我的位置
              </Button>
              <Button type="default" onClick={() => setPickerOpen(true)} id="pick-region">
                选择地区
              </Button>
            </View>
          </View>
        ) : null}

        {venues.loading && !venues.data ? <LoadingState rows={2} /> : null}
        {venues.error ? <ErrorState error={venues.error} onRetry={venues.reload} /> : null}
        {venues.data && venueItems.length === 0 ? (
          <EmptyState
            title="这里暂时没有场馆"
            description="换个地区看看，或稍后再来"
            actionText="选择其他地区"
            onAction={() => setPickerOpen(true)}
            icon="⌖"
          />
        ) : null}
        {venueItems.map((v) => (
          <VenueCard key={v.id} venue={v} />
        ))}
        {near ? (
          <Text className="hint home__near-hint" onClick={() => setNear(null)}>
            按距离排序 · 不想使用位置？点此改为按地区查看
          </Text>
        ) : null}
      </View>

      <RegionPicker
        visible={pickerOpen}
        onClose={() => setPickerOpen(false)}
        onSelect={(r) => {
          setNear(null);
          setPrefs({ region: r });
        }}
      />
    </PageShell>
  );
}
