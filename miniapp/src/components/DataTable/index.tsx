import { useState, type ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { nextSort, sortRows, type SortState, type SortValue } from '../../lib/table-sort';
import { LoadingState } from '../StateView';
import './index.scss';

export interface Column<T> {
  key: string;
  title: string;
  render: (row: T) => ReactNode;
  /** Makes the column sortable by this value. */
  sortValue?: (row: T) => SortValue;
  /** Share of the row's width at a desk (default 1). */
  grow?: number;
  align?: 'right';
  /** The row's title on a phone, where each row becomes a card. */
  primary?: boolean;
  /** Keep on one line (times, numbers). */
  nowrap?: boolean;
  /** Takes the card's whole width on a phone (long content). */
  full?: boolean;
}

interface Props<T> {
  columns: ReadonlyArray<Column<T>>;
  rows: readonly T[] | undefined;
  rowKey: (row: T) => string;
  loading?: boolean;
  /** Buttons at the end of each row. */
  actions?: (row: T) => ReactNode;
  onRowClick?: (row: T) => void;
  /** What an empty list shows (an EmptyState). */
  empty: ReactNode;
  id?: string;
  /** Cells start at the top (rows of several lines, e.g. the audit trail). */
  alignTop?: boolean;
  /** Width of the actions column at a desk: two short links (s), the default (m), more (l). */
  actionsSize?: 's' | 'm' | 'l';
  /**
   * Sorting done by the server (a list longer than a page): the heads show `sort` and report
   * clicks to `onSort`; the rows are shown in the order given.
   */
  serverSort?: { sort: SortState | null; onSort: (sort: SortState | null) => void };
}

/**
 * A list of records: a table with sortable column heads at a desk, one card per row on a phone
 * (the same markup; CSS decides). Sorting orders the rows loaded (one page of the server's list).
 */
export default function DataTable<T>(props: Props<T>) {
  const [localSort, setLocalSort] = useState<SortState | null>(null);
  const { columns, serverSort } = props;
  const sort = serverSort ? serverSort.sort : localSort;
  const setSort = serverSort ? serverSort.onSort : setLocalSort;
  const valueOf = (row: T, key: string): SortValue =>
    columns.find((c) => c.key === key)?.sortValue?.(row);
  const rows = serverSort ? [...(props.rows ?? [])] : sortRows(props.rows ?? [], sort, valueOf);

  if (props.loading && !props.rows) return <LoadingState rows={2} />;

  return (
    <View
      className={`data-table data-table--actions-${props.actionsSize ?? 'm'} ${props.alignTop ? 'is-top' : ''}`}
      id={props.id}
    >
      <View className="data-table__head">
        {columns.map((c) => (
          <View
            key={c.key}
            className={`data-table__th ${c.align === 'right' ? 'is-right' : ''} ${c.sortValue ? 'is-sortable' : ''}`}
            style={{ flexGrow: c.grow ?? 1 }}
            data-sort={sort?.key === c.key ? sort.direction : undefined}
            onClick={() => c.sortValue && setSort(nextSort(sort, c.key))}
          >
            <Text>{c.title}</Text>
            {c.sortValue ? (
              <Text className="data-table__arrow">
                {sort?.key === c.key ? (sort.direction === 'asc' ? '▲' : '▼') : '⇅'}
              </Text>
            ) : null}
          </View>
        ))}
        {props.actions ? <View className="data-table__th data-table__actions">操作</View> : null}
      </View>
      {rows.length === 0 ? <View className="data-table__empty">{props.empty}</View> : null}
      {rows.map((row) => (
        <View
          key={props.rowKey(row)}
          className={`data-table__row ${props.onRowClick ? 'is-link' : ''}`}
          data-row={props.rowKey(row)}
          onClick={() => props.onRowClick?.(row)}
        >
          {columns.map((c) => (
            <View
              key={c.key}
              className={`data-table__td ${c.primary ? 'is-primary' : ''} ${c.align === 'right' ? 'is-right' : ''} ${c.nowrap ? 'is-nowrap' : ''} ${c.full ? 'is-full' : ''}`}
              style={{ flexGrow: c.grow ?? 1 }}
            >
              {c.primary ? null : <Text className="data-table__label">{c.title}</Text>}
              <View className="data-table__value">{c.render(row)}</View>
            </View>
          ))}
          {props.actions ? (
            <View
              className="data-table__td data-table__actions"
              onClick={(e) => e.stopPropagation()}
            >
              {props.actions(row)}
            </View>
          ) : null}
        </View>
      ))}
    </View>
  );
}
