import { useCallback, useEffect, useRef, useState } from 'react';

export interface AsyncState<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => Promise<void>;
}

/**
 * Runs a loader when deps change. Data stays on screen while reloading (pull-to-refresh), and
 * answers from superseded runs are dropped so a slow old request cannot overwrite a newer one.
 */
export function useAsync<T>(
  loader: () => Promise<T>,
  deps: readonly unknown[],
  enabled = true,
): AsyncState<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const [loading, setLoading] = useState<boolean>(enabled);
  const run = useRef(0);
  const loaderRef = useRef(loader);
  loaderRef.current = loader;

  const reload = useCallback(async () => {
    const mine = ++run.current;
    setLoading(true);
    setError(undefined);
    try {
      const value = await loaderRef.current();
      if (mine === run.current) setData(value);
    } catch (e) {
      if (mine === run.current) setError(e);
    } finally {
      if (mine === run.current) setLoading(false);
    }
  }, []);

  useEffect(() => {
    if (enabled) void reload();
    else setLoading(false);
  }, [enabled, ...deps]);

  return { data, error, loading, reload };
}
