import { useEffect } from 'react';
import type { MeResponse } from '@xinghuo/shared';
import { adminApi } from '../api/admin';
import { Resource } from '../lib/resource';
import { onAccountChange } from './admin-session';
import type { AsyncState } from './use-async';
import { useStore } from './use-store';

/**
 * Who is signed in (name, venue, region), for the header and navigation of every admin page.
 * Loading it also checks the session: a token the server refuses ends it (api/admin-client.ts).
 */
export const meStore = new Resource<MeResponse>(() => adminApi.me());

onAccountChange(() => meStore.reset());

export function useMe(enabled = true): AsyncState<MeResponse> {
  const state = useStore(meStore);
  useEffect(() => {
    if (enabled) void meStore.ensure();
  }, [enabled]);
  return { ...state, reload: meStore.refresh };
}
