import { Text, View } from '@tarojs/components';
import { Tag } from '@nutui/nutui-react-taro';
import {
  AUDIENCE_GROUP_LABELS,
  TOPIC_LABELS,
  type TrailProgressDto,
  type TrailSummary,
} from '@xinghuo/shared';
import { formatDuration } from '../../lib/format';
import { openTrail } from '../../services/nav';
import { ProgressBar } from '../ProgressRow';
import './index.scss';

interface Props {
  trail: TrailSummary;
  progress?: TrailProgressDto;
  compact?: boolean;
}

export default function TrailCard({ trail, progress, compact }: Props) {
  return (
    <View
      className={`card trail-card topic-${trail.topic}`}
      onClick={() => openTrail(trail.id)}
      data-trail-id={trail.id}
    >
      <View className="trail-card__head">
        <Text className="trail-card__topic">{TOPIC_LABELS[trail.topic] ?? trail.topic}</Text>
        <Text className="trail-card__meta">
          {trail.stopCount} 个打卡点 · {trail.venueCount} 个场馆
        </Text>
      </View>
      <Text className="trail-card__name">{trail.name}</Text>
      {compact ? null : <Text className="trail-card__desc">{trail.description}</Text>}
      <View className="chip-row trail-card__tags">
        {trail.estimatedMinutes > 0 ? (
          <Tag className="tag-sand" round>
            {formatDuration(trail.estimatedMinutes)}
          </Tag>
        ) : null}
        <Tag className="tag-sand" round>
          {trail.ordered ? '按顺序打卡' : '顺序不限'}
        </Tag>
        {trail.audienceGroups.slice(0, compact ? 2 : 4).map((g) => (
          <Tag key={g} className="tag-navy" round>
            {AUDIENCE_GROUP_LABELS[g] ?? g}
          </Tag>
        ))}
      </View>
      {progress ? (
        <View className="trail-card__progress">
          <ProgressBar collected={progress.collected} total={progress.total} thickness={6} />
          <Text className="trail-card__progress-text">
            {progress.completed ? '已完成' : `${progress.collected}/${progress.total}`}
          </Text>
        </View>
      ) : null}
    </View>
  );
}
