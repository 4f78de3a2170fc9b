import { Text, View } from '@tarojs/components';
import type { FigureTable } from '../../lib/figure-table';

/** A figure's numbers, right-aligned in their columns; scrolls sideways on a phone. */
export default function FigureTableView({ table }: { table: FigureTable }) {
  const cls = (numeric?: boolean) => `figure-table__cell ${numeric ? 'is-num' : ''}`;
  return (
    <View className="figure-table" role="table">
      <View className="figure-table__inner">
        <View className="figure-table__row figure-table__head" role="row">
          {table.head.map((h) => (
            <View key={h.title} className={cls(h.numeric)} role="columnheader">
              <Text>{h.title}</Text>
            </View>
          ))}
        </View>
        {table.rows.map((r) => (
          <View key={r.key} className="figure-table__row" role="row" data-row={r.key}>
            {r.cells.map((c, i) => (
              <View key={i} className={cls(table.head[i]?.numeric)} role="cell">
                <Text>{c}</Text>
              </View>
            ))}
          </View>
        ))}
        {table.foot ? (
          <View className="figure-table__row figure-table__foot" role="row">
            {table.foot.map((c, i) => (
              <View key={i} className={cls(table.head[i]?.numeric)} role="cell">
                <Text>{c}</Text>
              </View>
            ))}
          </View>
        ) : null}
      </View>
    </View>
  );
}
