import { Text, View } from '@tarojs/components';
import './index.scss';

interface Props<V> {
  value: V;
  options: ReadonlyArray<{ value: V; label: string }>;
  onChange: (value: V) => void;
  id?: string;
}

/** One choice out of a few, all visible: 有 / 无 / 未说明, 印刷码 / 动态码. */
export default function Segmented<V extends string | boolean | null>(props: Props<V>) {
  return (
    <View className="segmented" id={props.id}>
      {props.options.map((o) => (
        <Text
          key={String(o.value)}
          className={`segmented__item ${o.value === props.value ? 'is-on' : ''}`}
          data-value={String(o.value)}
          onClick={() => props.onChange(o.value)}
        >
          {o.label}
        </Text>
      ))}
    </View>
  );
}
