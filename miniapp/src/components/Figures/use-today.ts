import type { StatsTodayResponse } from '@xinghuo/shared';
import { statsApi } from '../../api/stats';
import { useAsync } from '../../services/use-async';
import { useLiveTick } from '../../services/use-live';

interface Loaded {
  today: StatsTodayResponse;
  at: number;
}

/** Today's figures of the caller's scope, refreshed every 10 s while on screen. */
export function useToday(): {
  data: Loaded | undefined;
  error: unknown;
  reload: () => Promise<void>;
} {
  const tick = useLiveTick(true);
  const s = useAsync(`today:${tick}`, async () => ({
    today: await statsApi.today({}),
    at: Date.now(),
  }));
  return s;
}
