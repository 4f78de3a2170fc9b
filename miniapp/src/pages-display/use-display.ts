import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { adminApi } from '../api/admin';
import { ApiError } from '../lib/api-error';
import {
  INITIAL_SCREEN,
  failureOf,
  msUntilSwitch,
  nextPollMs,
  withAnswer,
  withFailure,
  type ScreenState,
} from '../lib/rotation';

/**
 * Runs the screen: polls the display link, re-renders at each slot boundary (the next code is
 * already in hand) and every second for the countdown. Decisions are in lib/rotation.ts.
 */
export function useDisplay(token: string): { state: ScreenState; now: number } {
  const [state, setState] = useState<ScreenState>(INITIAL_SCREEN);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let current = INITIAL_SCREEN;
    const poll = async () => {
      try {
        current = withAnswer(current, await adminApi.displayCode(token), Date.now());
      } catch (e) {
        current = withFailure(current, failureOf(e instanceof ApiError ? e.status : 0));
      }
      if (stopped) return;
      setState(current);
      setNow(Date.now());
      const final = current.failure === 'revoked' || current.failure === 'unknown';
      if (!final) timer = setTimeout(() => void poll(), nextPollMs(current));
    };
    void poll();
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    };
  }, [token]);

  // A tick at each second and exactly at the switch, so the new code appears on time.
  useEffect(() => {
    const wait = msUntilSwitch(state, now);
    const next = wait === null ? 1000 : Math.min(1000 - (now % 1000) || 1000, wait + 5);
    const t = setTimeout(() => setNow(Date.now()), next);
    return () => clearTimeout(t);
  }, [state, now]);

  // A screen beside a checkpoint stays on all day.
  useEffect(() => {
    if (process.env.TARO_ENV === 'weapp') {
      void Taro.setKeepScreenOn({ keepScreenOn: true }).catch(() => undefined);
      return;
    }
    const wakeLock = (
      navigator as Navigator & { wakeLock?: { request(type: 'screen'): Promise<unknown> } }
    ).wakeLock;
    void wakeLock?.request('screen').catch(() => undefined);
  }, []);

  return { state, now };
}
