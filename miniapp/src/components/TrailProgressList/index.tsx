import { Text, View } from '@tarojs/components';
import type { TrailProgressDto } from '@xinghuo/shared';
import { openCertificate, openTrail } from '../../services/nav';
import ProgressRow from '../ProgressRow';
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
          <ProgressRow
            variant="list"
            label={t.trailName}
            count={t.completed ? '已完成 · 领取证书' : `${t.collected}/${t.total}`}
            collected={t.collected}
            total={t.total}
            done={t.completed}
          />
        </View>
      ))}
    </View>
  );
}
