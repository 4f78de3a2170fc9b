/** Lists that can grow: 1-based pages of at most `MAX_PAGE_SIZE` items, newest or best first. */
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface PageQuery {
  /** 1-based; default 1. */
  page?: number;
  /** Default 20, at most 100. */
  pageSize?: number;
}

export interface Page<T> {
  items: T[];
  /** Items matching the filters across all pages. */
  total: number;
  page: number;
  pageSize: number;
}
