import { useEffect, useState } from 'react';
import { Resource, type ResourceState } from '../lib/resource';
import { useStore } from './use-store';

export interface AsyncState<T> extends ResourceState<T> {
  reload: () => Promise<void>;
}

/**
 * Data one component loads for itself, fetched again whenever `key` changes; a null key means
 * "not now". The key names what is fetched (`trail:${id}`), so the loader can be an inline
 * function. Data stays on screen while reloading (pull-to-refresh, a new filter), and a slow old
 * answer never overwrites a newer one. Data several pages share belongs in a store instead
 * (services/passport.ts).
 */
export function useAsync<T>(key: string | null, load: () => Promise<T>): AsyncState<T> {
  const [resource] = useState(() => new Resource<T>(load));
  useEffect(() => resource.setLoader(load));
  const state = useStore(resource);
  useEffect(() => {
    if (key !== null) void resource.refresh();
  }, [key, resource]);
  return { ...state, loading: key !== null && state.loading, reload: resource.refresh };
}
