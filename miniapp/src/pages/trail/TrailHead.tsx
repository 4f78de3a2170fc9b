import { Tag } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import {
  AUDIENCE_GROUP_LABELS,
  TOPIC_LABELS,
  formatDistance,
  type TrailDetail,
} from '@xinghuo/shared';
import PageHeader from '../../components/PageHeader';
import StatTiles from '../../components/StatTiles';
import { formatDuration } from '../../lib/format';

/** Topic, name and description, the trail's figures, and who it suits. */
export default function TrailHead({ trail, distanceM }: { trail: TrailDetail; distanceM: number }) {
  return (
    <PageHeader
      tone="navy"
      className="trail-head"
      pill={TOPIC_LABELS[trail.topic] ?? trail.topic}
      title={trail.name}
      titleId="trail-name"
    >
      <Text className="trail-head__desc">{trail.description}</Text>
      <StatTiles
        variant="boxed"
        items={[
          { value: trail.stopCount, label: '打卡点' },
          { value: trail.venueCount, label: '场馆' },
          {
            value: formatDuration(trail.estimatedMinutes).replace('约', '') || '—',
            label: '预计用时',
          },
          ...(distanceM > 0 ? [{ value: formatDistance(distanceM), label: '全程' }] : []),
        ]}
      />
      <View className="chip-row trail-head__tags">
        <Tag className="tag-primary" round>
          {trail.ordered ? '需按顺序打卡' : '顺序不限'}
        </Tag>
        {trail.audienceGroups.map((g) => (
          <Tag key={g} className="tag-glass" round>
            {AUDIENCE_GROUP_LABELS[g] ?? g}
          </Tag>
        ))}
      </View>
    </PageHeader>
  );
}
