import { useEffect, useRef } from 'react';
import { useDidShow } from '@tarojs/taro';
import type { PassportResponse } from '@xinghuo/shared';
import { api } from '../api';
import { Resource } from '../lib/resource';
import { queueEvents } from './check-in';
import type { AsyncState } from './use-async';
import { useStore } from './use-store';

/**
 * The visitor's passport (stamps, trail progress, profile), one copy for every page. It is
 * reloaded when a scan gets its answer (at once, or later from the queue) and whenever a page that
 * shows it comes back into view (a tab switched to, back from another page).
 */
export const passportStore = new Resource<PassportResponse>(() => api.passport());

queueEvents.on((e) => {
  if (e.type === 'resolved') passportStore.invalidate();
});

export function usePassport(): AsyncState<PassportResponse> {
  const state = useStore(passportStore);
  useEffect(() => {
    void passportStore.ensure();
  }, []);
  // The first show comes with mounting, which ensure() already covers.
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) void passportStore.refresh();
    shown.current = true;
  });
  return { ...state, reload: passportStore.refresh };
}
