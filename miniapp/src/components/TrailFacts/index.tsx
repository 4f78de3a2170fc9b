import { Text, View } from '@tarojs/components';
import { TOPIC_LABELS, type AdminTrailDto } from '@xinghuo/shared';
import { formatFieldValue } from '../../lib/field-format';
import { venuesOf } from '../../lib/trail-form';

/** A trail read-only: topic, audience, order, time, description, the venues and stops. */
export default function TrailFacts({ trail }: { trail: AdminTrailDto }) {
  const stops = [...trail.stops].sort((a, b) => a.position - b.position);
  const rows: Array<[string, string]> = [
    ['主题', TOPIC_LABELS[trail.topic]],
    ['重点人群', formatFieldValue('audienceGroups', trail.audienceGroups)],
    ['打卡顺序', formatFieldValue('ordered', trail.ordered)],
    ['预计用时', formatFieldValue('estimatedMinutes', trail.estimatedMinutes)],
    ['介绍', trail.description || '—'],
    [
      '涉及场馆',
      venuesOf(stops)
        .map((v) => v.name)
        .join('、'),
    ],
  ];
  return (
    <View className="kv" id="trail-facts">
      {rows.map(([k, v]) => (
        <View className="kv__row" key={k}>
          <Text className="kv__key">{k}</Text>
          <Text className="kv__value">{v}</Text>
        </View>
      ))}
      <View className="kv__row">
        <Text className="kv__key">站点（{stops.length}）</Text>
        <View className="kv__value" id="trail-stop-list">
          {stops.map((s, i) => (
            <View className="stop-line" key={s.checkpointId} data-checkpoint={s.checkpointId}>
              <Text className="stop-line__n">{i + 1}</Text>
              <Text className="stop-line__name">{s.checkpointName}</Text>
              <Text className="muted-line">{s.venueName}</Text>
            </View>
          ))}
        </View>
      </View>
    </View>
  );
}
