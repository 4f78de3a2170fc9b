import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { Progress } from '@nutui/nutui-react-taro';
import { progressPercent } from '../../lib/passport';
import { COLORS } from '../../lib/theme';
import './index.scss';

/** A progress bar, green once complete. NutUI takes the bar colour as a prop only. */
export function ProgressBar(props: {
  collected: number;
  total: number;
  done?: boolean;
  thickness: number;
}) {
  return (
    <Progress
      percent={progressPercent(props.collected, props.total)}
      color={props.done ? COLORS.ok : COLORS.primary}
      strokeWidth={String(props.thickness)}
    />
  );
}

interface Props {
  label: ReactNode;
  count: ReactNode;
  collected: number;
  total: number;
  done?: boolean;
  /** `list`: one of several trails; `card`: a trail's own card; `summary`: a trail page's headline. */
  variant: 'list' | 'card' | 'summary';
  countId?: string;
}

/** A label and its count above a progress bar: the one way trail progress is shown. */
export default function ProgressRow(props: Props) {
  return (
    <View className={`progress-row progress-row--${props.variant} ${props.done ? 'is-done' : ''}`}>
      <View className="progress-row__head">
        <Text className="progress-row__label">{props.label}</Text>
        <Text className="progress-row__count" id={props.countId}>
          {props.count}
        </Text>
      </View>
      <ProgressBar
        collected={props.collected}
        total={props.total}
        done={props.done}
        thickness={props.variant === 'summary' ? 10 : 8}
      />
    </View>
  );
}
