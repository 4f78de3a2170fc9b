import type { ComponentProps } from 'react';
import type { Page } from '@xinghuo/shared';
import type { AsyncState } from '../../services/use-async';
import DataTable from '../DataTable';
import Pagination from '../Pagination';
import { ErrorState } from '../StateView';

type TableProps<T> = Omit<ComponentProps<typeof DataTable<T>>, 'rows' | 'loading'>;

interface Props<T> extends TableProps<T> {
  list: AsyncState<Page<T>>;
  page: number;
  setPage: (page: number) => void;
  pageSize: number;
}

/** A server page of a list: the table (or why it could not load) and the page switcher. */
export default function PagedTable<T>({ list, page, setPage, pageSize, ...table }: Props<T>) {
  if (list.error && !list.data) return <ErrorState error={list.error} onRetry={list.reload} />;
  return (
    <>
      <DataTable {...table} rows={list.data?.items} loading={list.loading} />
      {list.data ? (
        <Pagination page={page} pageSize={pageSize} total={list.data.total} onChange={setPage} />
      ) : null}
    </>
  );
}
