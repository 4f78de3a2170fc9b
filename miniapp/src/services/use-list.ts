import { useRef, useState } from 'react';
import { useDidShow } from '@tarojs/taro';
import type { Page } from '@xinghuo/shared';
import { useAsync, type AsyncState } from './use-async';

/** Loads again when the page comes back into view (back from a detail that changed things). */
export function useReloadOnShow(reload: () => Promise<void>): void {
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) void reload();
    shown.current = true;
  });
}

/** The page a list asks the server for. */
export interface PageRequest {
  page: number;
  pageSize: number;
}

export interface ListState<F, T> {
  list: AsyncState<Page<T>>;
  filters: F;
  /** A setter per filter; changing a filter goes back to the first page. */
  set: <K extends keyof F>(key: K) => (value: F[K]) => void;
  /** A filter control's value and setter, to spread on it: `<Filter {...bind('status')} />`. */
  bind: <K extends keyof F>(key: K) => { value: F[K]; onChange: (value: F[K]) => void };
  /** What PagedTable takes to show the list and switch its pages. */
  paging: PageRequest & { list: AsyncState<Page<T>>; setPage: (page: number) => void };
}

/**
 * One admin list: its filters, its page, the request they make (fetched again when either
 * changes) and a reload when the page is shown again.
 */
export function useList<F extends object, T>(
  name: string,
  initial: F,
  load: (filters: F, page: PageRequest) => Promise<Page<T>>,
  { pageSize = 20 }: { pageSize?: number } = {},
): ListState<F, T> {
  const [filters, setFilters] = useState(initial);
  const [page, setPage] = useState(1);
  const list = useAsync(`${name}:${JSON.stringify(filters)}:${page}`, () =>
    load(filters, { page, pageSize }),
  );
  useReloadOnShow(list.reload);
  const set =
    <K extends keyof F>(key: K) =>
    (value: F[K]) => {
      setFilters((f) => ({ ...f, [key]: value }));
      setPage(1);
    };
  const bind = <K extends keyof F>(key: K) => ({ value: filters[key], onChange: set(key) });
  return { list, filters, set, bind, paging: { list, page, pageSize, setPage } };
}
