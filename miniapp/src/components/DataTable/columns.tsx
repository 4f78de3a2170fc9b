import { Text, View } from '@tarojs/components';
import { formatInstant, type StatusLook } from '../../lib/admin-labels';
import StatusTag from '../StatusTag';
import type { Column } from '.';

/** The row's name with a quieter line under it; the card's title on a phone. */
export function titleColumn<T>(
  key: string,
  title: string,
  text: (row: T) => { title: string; sub: string },
  grow = 2.2,
): Column<T> {
  return {
    key,
    title,
    primary: true,
    grow,
    sortValue: (row) => text(row).title,
    render: (row) => {
      const t = text(row);
      return (
        <View className="cell-main">
          <Text className="cell-main__title">{t.title}</Text>
          <Text className="cell-main__sub">{t.sub}</Text>
        </View>
      );
    },
  };
}

/** An instant in China time on one line, sortable. */
export function instantColumn<T>(key: string, title: string, at: (row: T) => string): Column<T> {
  return {
    key,
    title,
    grow: 1.3,
    nowrap: true,
    sortValue: at,
    render: (row) => formatInstant(at(row)),
  };
}

/** A state as a tag, sortable by its label. */
export function statusColumn<T>(look: (row: T) => StatusLook, grow = 1): Column<T> {
  return {
    key: 'status',
    title: '状态',
    grow,
    sortValue: (row) => look(row).label,
    render: (row) => <StatusTag look={look(row)} />,
  };
}
