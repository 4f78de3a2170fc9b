import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import ScanButton from '../../components/ScanButton';

interface Props {
  /** `data-outcome`, the hook browser tests and the README name. */
  outcome: 'accepted' | 'repeat' | 'rejected' | 'invalid' | 'queued';
  tone: 'accepted' | 'repeat' | 'rejected' | 'queued';
  code?: string;
  /** The stamp, or an icon saying what happened. */
  mark: ReactNode;
  title: string;
  /** Lines under the title. */
  children?: ReactNode;
  /** Sections between the headline and the buttons. */
  body?: ReactNode;
  actions: ReactNode;
}

/** Every result screen: headline block, optional sections, then what to do next. */
export default function ResultLayout(props: Props) {
  return (
    <View
      className={`check-in-result is-${props.tone}`}
      id="check-in-result"
      data-outcome={props.outcome}
      data-code={props.code}
    >
      <View className="check-in-hero">
        {props.mark}
        <Text className="check-in-title" id="check-in-title">
          {props.title}
        </Text>
        {props.children}
      </View>
      {props.body}
      <View className="section check-in-actions">{props.actions}</View>
    </View>
  );
}

export function ResultIcon({ tone, symbol }: { tone: 'fail' | 'queued'; symbol: string }) {
  return <View className={`check-in-icon check-in-icon--${tone}`}>{symbol}</View>;
}

/** Scan again, plus one way out of the result screen. */
export function ScanAgain(props: { secondLabel: string; onSecond: () => void }) {
  return (
    <>
      <ScanButton variant="bar" label="继续扫码" />
      <Button type="default" size="large" block onClick={props.onSecond}>
        {props.secondLabel}
      </Button>
    </>
  );
}
