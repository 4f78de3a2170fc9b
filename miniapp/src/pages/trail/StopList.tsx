import { Text, View } from '@tarojs/components';
import { formatDistance } from '@xinghuo/shared';
import type { TrailStopState } from '../../lib/passport';
import { openVenue } from '../../services/nav';

/** Closer than this, two stops are in the same venue. */
const SAME_PLACE_M = 30;

/** The stops in order with what the visitor has, and how far it is to the next one. */
export default function StopList(props: {
  stops: TrailStopState[];
  legsM: number[];
  ordered: boolean;
}) {
  return (
    <View className="section">
      <View className="section-head">
        <Text className="section-title">打卡点</Text>
        <Text className="muted">{props.ordered ? '请按顺序前往' : '可按任意顺序'}</Text>
      </View>
      <View className="stops" id="trail-stops">
        {props.stops.map((s, i) => {
          const leg = props.legsM[i];
          return (
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
              {leg !== undefined ? (
                <View className="stop__leg">
                  <Text className="hint">
                    {leg < SAME_PLACE_M ? '同一场馆内' : `约 ${formatDistance(leg)}`}
                  </Text>
                </View>
              ) : null}
            </View>
          );
        })}
      </View>
    </View>
  );
}
