import { Text, View } from '@tarojs/components';
import { Progress } from '@nutui/nutui-react-taro';
import type { TrailProgressDto } from '@xinghuo/shared';
import { progressPercent } from '../../lib/passport';
import { openCertificate, openTrail } from '../../services/nav';
import './index.scss';

/** Progress on each trail a checkpoint belongs to; finished ones link to their certificate. */
export default function TrailProgressList({ trails }: { trails: readonly TrailProgressDto[] }) {
  if (trails.length === 0) return null;
  return (
    <View className="card trail-progress" id="trail-progress">
      <Text className="trail-progress__title">路线进度</Text>
      {trails.map((t) => (
        <View
          key={t.trailId}
          className="trail-progress__item"
          onClick={() => (t.completed ? openCertificate(t.trailId) : openTrail(t.trailId))}
        >
          <View className="trail-progress__row">
            <Text className="trail-progress__name">{t.trailName}</Text>
            <Text className={`trail-progress__count ${t.completed ? 'done' : ''}`}>
              {t.completed ? '已完成 · 领取证书' : `${t.collected}/${t.total}`}
            </Text>
          </View>
          <Progress
            percent={progressPercent(t.collected, t.total)}
            color={t.completed ? '#2E9E6A' : '#E4572E'}
            strokeWidth="8"
          />
        </View>
      ))}
    </View>
  );
}
