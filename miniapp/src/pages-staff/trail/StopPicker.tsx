import { useState } from 'react';
import { Input, ScrollView, Text, View } from '@tarojs/components';
import { VENUE_KIND_LABELS, type RegionRef } from '@xinghuo/shared';
import { adminApi } from '../../api/admin';
import Sheet from '../../components/Sheet';
import RegionPicker from '../../components/RegionPicker';
import { ErrorState, LoadingState } from '../../components/StateView';
import type { StopPick } from '../../lib/trail-form';
import { useAsync } from '../../services/use-async';

interface Props {
  visible: boolean;
  /** Where to look first: the staff member's city. */
  start: RegionRef | null;
  chosen: ReadonlySet<string>;
  onPick: (stop: StopPick) => void;
  onClose: () => void;
}

/**
 * Checkpoints of any published venue: a region (the own city first), then a venue found by
 * name, then its open checkpoints. (The API has no checkpoint search; venues are listed by
 * region and each one's checkpoints read from its page.)
 */
export default function StopPicker({ visible, start, chosen, onPick, onClose }: Props) {
  const [region, setRegion] = useState<{ code: string; name: string } | null>(null);
  const [choosingRegion, setChoosingRegion] = useState(false);
  const [q, setQ] = useState('');
  const [venueId, setVenueId] = useState<string | null>(null);
  const area = region ?? start;
  const venues = useAsync(visible && area ? `stop-venues:${area.code}` : null, () =>
    adminApi.publicVenues(area?.code ?? ''),
  );
  const venue = useAsync(visible && venueId ? `stop-venue:${venueId}` : null, () =>
    adminApi.publicVenue(venueId ?? ''),
  );
  const needle = q.trim();
  const shown = (venues.data?.items ?? []).filter(
    (v) => !needle || v.name.includes(needle) || v.address.includes(needle),
  );

  return (
    <Sheet visible={visible} title="添加站点" onClose={onClose}>
      <View className="stop-picker" id="stop-picker">
        <View className="stop-picker__bar">
          <Text className="link-btn" onClick={() => setChoosingRegion(true)} id="stop-region">
            地区：{area?.name ?? '全国'} ▾
          </Text>
          <Input
            className="admin-input stop-picker__search"
            id="stop-search"
            value={q}
            placeholder="搜索场馆名称或地址"
            onInput={(e) => {
              setQ(e.detail.value);
              setVenueId(null);
            }}
          />
        </View>
        <ScrollView scrollY className="stop-picker__list">
          {venues.loading && !venues.data ? <LoadingState rows={1} /> : null}
          {venues.error ? <ErrorState error={venues.error} onRetry={venues.reload} /> : null}
          {venues.data && shown.length === 0 ? (
            <Text className="muted-line stop-picker__empty">该地区没有符合条件的已开放场馆</Text>
          ) : null}
          {shown.map((v) => (
            <View
              key={v.id}
              className={`stop-venue ${venueId === v.id ? 'is-open' : ''}`}
              data-venue={v.id}
            >
              <View
                className="stop-venue__head"
                onClick={() => setVenueId(venueId === v.id ? null : v.id)}
              >
                <Text className="stop-venue__name">{v.name}</Text>
                <Text className="muted-line">
                  {VENUE_KIND_LABELS[v.kind]} · {v.address}
                </Text>
              </View>
              {venueId === v.id ? (
                <View className="stop-venue__checkpoints">
                  {venue.loading && !venue.data ? <LoadingState rows={1} /> : null}
                  {(venue.data?.id === v.id ? venue.data.checkpoints : []).map((cp) => (
                    <View key={cp.id} className="stop-cp" data-checkpoint={cp.id}>
                      <Text className="stop-cp__name">{cp.name}</Text>
                      {chosen.has(cp.id) ? (
                        <Text className="muted-line">已添加</Text>
                      ) : (
                        <Text
                          className="link-btn"
                          onClick={() =>
                            onPick({
                              checkpointId: cp.id,
                              checkpointName: cp.name,
                              venueId: v.id,
                              venueName: v.name,
                            })
                          }
                        >
                          + 添加
                        </Text>
                      )}
                    </View>
                  ))}
                </View>
              ) : null}
            </View>
          ))}
        </ScrollView>
      </View>
      <RegionPicker
        visible={choosingRegion}
        title="在哪个地区找场馆"
        chooseLabel={(r) => `查看${r.name}的场馆`}
        pickOnLeaf={(level) => level === 'township'}
        onClose={() => setChoosingRegion(false)}
        onSelect={(r) => {
          setRegion(r);
          setVenueId(null);
        }}
      />
    </Sheet>
  );
}
