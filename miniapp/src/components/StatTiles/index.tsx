import { Text, View } from '@tarojs/components';
import './index.scss';

export interface StatTile {
  value: string | number;
  label: string;
  /** For the figure itself (browser tests read `#stamp-count`). */
  id?: string;
}

/** A row of figures on a page header: `boxed` in a translucent panel, `large` on the band. */
export default function StatTiles({
  items,
  variant,
}: {
  items: StatTile[];
  variant: 'boxed' | 'large';
}) {
  return (
    <View className={`stat-tiles stat-tiles--${variant}`}>
      {items.map((s) => (
        <View className="stat-tile" key={s.label}>
          <Text className="stat-tile__value" id={s.id}>
            {s.value}
          </Text>
          <Text className="stat-tile__label">{s.label}</Text>
        </View>
      ))}
    </View>
  );
}
