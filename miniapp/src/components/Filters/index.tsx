import type { ReactNode } from 'react';
import { ScrollView, Text, View } from '@tarojs/components';
import './index.scss';

export interface FilterOption<V extends string> {
  value: V;
  label: string;
}

interface Props<V extends string> {
  label: string;
  /** '' is "全部", always offered first. */
  value: V | '';
  options: ReadonlyArray<FilterOption<V>>;
  onChange: (value: V | '') => void;
  id?: string;
  /** Leave out "全部" (a filter that always has a value, e.g. the review state). */
  noAll?: boolean;
}

/** One filter of a list as a row of choices: 类型 全部 / 场馆 / 打卡点 / 路线. */
export function Filter<V extends string>(props: Props<V>) {
  const options: ReadonlyArray<FilterOption<V | ''>> = props.noAll
    ? props.options
    : [{ value: '', label: '全部' }, ...props.options];
  return (
    <View className="filter" id={props.id}>
      <Text className="filter__label">{props.label}</Text>
      <ScrollView scrollX className="filter__scroll" enhanced showScrollbar={false}>
        <View className="filter__options">
          {options.map((o) => (
            <Text
              key={o.value || 'all'}
              className={`filter__option ${o.value === props.value ? 'is-on' : ''}`}
              data-value={o.value}
              onClick={() => props.onChange(o.value)}
            >
              {o.label}
            </Text>
          ))}
        </View>
      </ScrollView>
    </View>
  );
}

/** The filter bar above a list: search, filters, anything else that narrows it. */
export default function Filters({ children }: { children: ReactNode }) {
  return <View className="filters">{children}</View>;
}
