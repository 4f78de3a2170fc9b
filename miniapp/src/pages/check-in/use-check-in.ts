import { useEffect, useReducer, useRef } from 'react';
import type { ReportedLocation } from '@xinghuo/shared';
import { tokenFromEntryParams, type CheckInEntryParams } from '../../lib/check-in-params';
import { initialScreen, nextScreen, type CheckInScreen } from '../../lib/check-in-flow';
import { checkInNow, queueEvents } from '../../services/check-in';
import { getLocation, getLocationQuietly } from '../../services/location';

/**
 * The check-in page's flow: checks in once for the code the page was opened with, lets the
 * visitor retry (with their location when the venue needs it), and follows a queued scan until
 * it gets its answer. The decisions are `nextScreen` (lib/check-in-flow.ts, unit-tested); this
 * hook only runs the side effects.
 */
export function useCheckIn(params: CheckInEntryParams): {
  screen: CheckInScreen;
  retry: (withLocation: boolean) => void;
} {
  const { token, invalid } = tokenFromEntryParams(params);
  const [screen, dispatch] = useReducer(nextScreen, { token, invalid }, initialScreen);

  const send = async (code: string, withLocation: boolean): Promise<void> => {
    let location: ReportedLocation | undefined;
    if (withLocation) {
      const r = await getLocation({ explain: true });
      if (!r.ok) {
        dispatch({ type: 'location_failed', reason: r.reason });
        return;
      }
      location = r.point;
    } else {
      location = await getLocationQuietly();
    }
    dispatch({ type: 'answered', outcome: await checkInNow(code, location) });
  };

  // Once per code: re-renders and StrictMode must never scan twice.
  const started = useRef<string | null>(null);
  useEffect(() => {
    if (!token || started.current === token) return;
    started.current = token;
    void send(token, false);
  }, [token]);

  useEffect(
    () =>
      queueEvents.on((e) => {
        if (e.type === 'resolved') dispatch({ type: 'resolved', outcome: e.outcome });
      }),
    [],
  );

  const retry = (withLocation: boolean) => {
    if (!token) return;
    dispatch({ type: 'submit', withLocation });
    void send(token, withLocation);
  };

  return { screen, retry };
}
