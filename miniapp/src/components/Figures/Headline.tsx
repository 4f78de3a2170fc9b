import { Text, View } from '@tarojs/components';
import type { StatsCompareResponse, StatsLearningResponse } from '@xinghuo/shared';
import {
  headlineTiles,
  learningHeadline,
  offlineNote,
  previousLabel,
} from '../../lib/figures-headline';
import { ErrorState } from '../StateView';
import './headline.scss';

const ARROWS = { up: '▲', down: '▼', flat: '—' } as const;

/** The four headline figures, each with the change from the period of equal length before. */
export function Headline(props: {
  compare: StatsCompareResponse | undefined;
  error?: unknown;
  onRetry?: () => void;
}) {
  const c = props.compare;
  if (props.error && !c) return <ErrorState error={props.error} onRetry={props.onRetry} />;
  const tiles = c ? headlineTiles(c) : null;
  const offline = c ? offlineNote(c.current.figures) : null;
  return (
    <View className="headline" id="figures-headline">
      <View className="headline__tiles">
        {(tiles ?? PLACEHOLDERS).map((t) => (
          <View className="headline__tile" key={t.key} data-figure={t.key}>
            <Text className="headline__label">{t.label}</Text>
            <Text className="headline__value" data-value={t.value}>
              {tiles ? t.value : '…'}
            </Text>
            <Text className="headline__exact">
              {t.exact ? `${t.exact} ${t.unit}` : tiles ? t.unit : ''}
            </Text>
            <Text className={`headline__change is-${t.direction ?? 'none'}`}>
              {!tiles
                ? ''
                : t.change && t.direction
                  ? `${ARROWS[t.direction]} ${t.change}`
                  : '上期无数据'}
            </Text>
          </View>
        ))}
      </View>
      <Text className="headline__foot">
        {c ? `${previousLabel(c)}比较` : ''}
        {offline ? ` · ${offline}` : ''}
      </Text>
    </View>
  );
}

const PLACEHOLDERS = [
  { key: 'checkIns', label: '打卡人次' },
  { key: 'uniqueVisitors', label: '访客人数' },
  { key: 'repeats', label: '重复扫码' },
  { key: 'rejections', label: '未通过' },
].map((t) => ({ ...t, value: '', exact: null, unit: '', change: null, direction: null }));

/**
 * What visitors learned, ahead of the counts: questions answered at checkpoints that ask one,
 * how many of those stamps were answered, and how many answers were right at the first try.
 */
export function LearningSummary({ learning }: { learning: StatsLearningResponse | undefined }) {
  const h = learning ? learningHeadline(learning) : null;
  const item = (id: string, label: string, value: string | undefined, sub: string) => (
    <View className="learning-summary__item" data-figure={id}>
      <Text className="learning-summary__value">{value ?? '…'}</Text>
      <Text className="learning-summary__label">{label}</Text>
      <Text className="learning-summary__sub">{sub}</Text>
    </View>
  );
  return (
    <View className="learning-summary" id="learning-summary">
      {item('answered', '答题人次', h?.answered, '每枚印章最多作答一次')}
      {item('answerRate', '答题率', h?.answerRate, `有题打卡点集章 ${h?.askedStamps ?? '…'} 枚`)}
      {item('correctRate', '首答正确率', h?.correctRate, `首次答对 ${h?.correct ?? '…'} 次`)}
    </View>
  );
}
