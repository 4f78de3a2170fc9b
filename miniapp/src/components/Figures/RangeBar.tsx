import { useState } from 'react';
import { Picker, Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { formatDate, type RegionRef } from '@xinghuo/shared';
import {
  RANGE_PRESETS,
  monthRange,
  rangeLabel,
  rangeProblem,
  type DateRange,
} from '../../lib/figures-range';
import Segmented from '../Segmented';
import Sheet from '../Sheet';
import type { FiguresQueryState } from './use-figures-query';

interface Props {
  state: FiguresQueryState;
  /** "更新于 15:04:05" while the figures refresh on their own. */
  updated: string | null;
}

/** The period of the figures: presets, a custom range or month, and what is shown now. */
export default function RangeBar({ state, updated }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <View className="range-bar" id="figures-range">
      <Segmented
        id="figures-presets"
        value={state.preset}
        options={RANGE_PRESETS}
        onChange={(p) => (p === 'custom' ? setOpen(true) : state.choosePreset(p))}
      />
      <View className="range-bar__now">
        <Text className="range-bar__label" id="figures-period">
          {state.range ? rangeLabel(state.range) : '…'}
        </Text>
        {state.preset === 'campaign' && state.campaign ? (
          <Text className="range-bar__campaign">{state.campaign.name}</Text>
        ) : null}
        {updated ? (
          <Text className="range-bar__live" id="figures-updated">
            <Text className="live-dot" />
            {updated}
          </Text>
        ) : null}
      </View>
      {open ? (
        <CustomRange
          initial={state.range}
          today={state.today}
          onClose={() => setOpen(false)}
          onChoose={(r) => {
            state.chooseRange(r);
            setOpen(false);
          }}
        />
      ) : null}
    </View>
  );
}

function CustomRange(props: {
  initial: DateRange | null;
  today: string;
  onClose: () => void;
  onChoose: (r: DateRange) => void;
}) {
  const [range, setRange] = useState<DateRange>(
    props.initial ?? { from: props.today, to: props.today },
  );
  const problem = rangeProblem(range);
  const date = (key: keyof DateRange, label: string) => (
    <View className="custom-range__field">
      <Text className="custom-range__label">{label}</Text>
      <Picker
        mode="date"
        value={range[key]}
        end={props.today}
        onChange={(e) => setRange({ ...range, [key]: e.detail.value })}
      >
        <Text className="custom-range__value" id={`custom-${key}`}>
          {formatDate(range[key])}
        </Text>
      </Picker>
    </View>
  );
  return (
    <Sheet visible title="选择统计时段" onClose={props.onClose}>
      <View className="custom-range" id="custom-range">
        <View className="custom-range__field">
          <Text className="custom-range__label">整月</Text>
          <Picker
            mode="date"
            fields="month"
            value={range.from.slice(0, 7)}
            end={props.today.slice(0, 7)}
            onChange={(e) => {
              const month = monthRange(e.detail.value.slice(0, 7));
              if (month) setRange(month);
            }}
          >
            <Text className="custom-range__value" id="custom-month">
              选择月份
            </Text>
          </Picker>
        </View>
        {date('from', '开始日期')}
        {date('to', '结束日期')}
        <Text className={`custom-range__hint ${problem ? 'is-error' : ''}`}>
          {problem ?? rangeLabel(range)}
        </Text>
        <Button
          type="primary"
          block
          disabled={problem !== null}
          onClick={() => props.onChoose(range)}
          id="custom-apply"
        >
          查看该时段
        </Button>
      </View>
    </Sheet>
  );
}

/** 唐山市 › 路北区: where the figures are, each level above a tap away. */
export function RegionPath(props: {
  path: readonly RegionRef[];
  onChoose: (code: string | undefined) => void;
}) {
  if (props.path.length === 0) return null;
  return (
    <View className="region-path" id="region-path">
      {props.path.map((r, i) => {
        const last = i === props.path.length - 1;
        return (
          <View className="region-path__step" key={r.code}>
            {i > 0 ? <Text className="region-path__sep">›</Text> : null}
            <Text
              className={`region-path__name ${last ? 'is-here' : ''}`}
              data-region={r.code}
              onClick={() => !last && props.onChoose(i === 0 ? undefined : r.code)}
            >
              {r.name}
            </Text>
          </View>
        );
      })}
    </View>
  );
}
