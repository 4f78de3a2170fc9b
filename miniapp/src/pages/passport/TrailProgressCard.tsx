import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { StampDto, TrailProgressDto } from '@xinghuo/shared';
import { api } from '../../api';
import ProgressRow from '../../components/ProgressRow';
import { ErrorState } from '../../components/StateView';
import { trailStopStates } from '../../lib/passport';
import { openTrail } from '../../services/nav';
import { useAsync } from '../../services/use-async';

/** One trail in progress; its stops load on demand to show which stamps are still missing. */
export default function TrailProgressCard(props: {
  trail: TrailProgressDto;
  stamps: readonly StampDto[];
}) {
  const { trail, stamps } = props;
  const [open, setOpen] = useState(false);
  const detail = useAsync(open ? `trail:${trail.trailId}` : null, () => api.trail(trail.trailId));
  const states = detail.data ? trailStopStates(detail.data, stamps) : null;
  return (
    <View className="card pp-trail" data-trail-id={trail.trailId}>
      <View className="pp-trail__head" onClick={() => setOpen(!open)}>
        <ProgressRow
          variant="card"
          label={trail.trailName}
          count={`${trail.collected}/${trail.total}`}
          collected={trail.collected}
          total={trail.total}
        />
        <Text className="pp-trail__toggle">{open ? '收起' : '查看各站印章 ›'}</Text>
      </View>
      {open ? (
        <View className="pp-trail__stops">
          {detail.loading ? <Text className="hint">加载中…</Text> : null}
          {detail.error ? <ErrorState error={detail.error} onRetry={detail.reload} /> : null}
          {states ? (
            <View className="seal-grid">
              {states.stops.map((s, i) => (
                <View key={s.checkpointId} className={`seal ${s.stamped ? 'is-done' : ''}`}>
                  <View className="seal__disc">
                    <Text>{s.stamped ? '印' : i + 1}</Text>
                  </View>
                  <Text className="seal__name">{s.checkpointName}</Text>
                </View>
              ))}
            </View>
          ) : null}
          <Button
            size="small"
            fill="outline"
            type="primary"
            onClick={() => openTrail(trail.trailId)}
          >
            查看路线
          </Button>
        </View>
      ) : null}
    </View>
  );
}
