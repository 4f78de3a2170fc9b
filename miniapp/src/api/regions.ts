import type {
  ListResponse,
  RegionDto,
  RegionSearchQuery,
  RegionWithAncestors,
} from '@xinghuo/shared';
import { publicRequest } from './http';

/** The region tree is public: visitors and staff read it without a session of either kind. */
export const regionsApi = {
  children: (parent?: string) =>
    publicRequest<ListResponse<RegionDto>>({
      method: 'GET',
      path: '/api/regions',
      query: { parent },
    }),
  search: (q: RegionSearchQuery) =>
    publicRequest<ListResponse<RegionWithAncestors>>({
      method: 'GET',
      path: '/api/regions/search',
      query: { ...q },
    }),
};
