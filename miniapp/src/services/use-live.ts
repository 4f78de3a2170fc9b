import { useEffect, useState } from 'react';
import { useDidHide, useDidShow } from '@tarojs/taro';

/** Live figures ("today") refresh this often while they are on screen. */
export const LIVE_REFRESH_MS = 10_000;

function tabVisible(): boolean {
  return typeof document === 'undefined' || document.visibilityState !== 'hidden';
}

/**
 * A number that goes up every `ms` while the page is on screen, for a data key that should
 * refresh (`${query}|${tick}`); it stays still while the page is hidden (another page on top,
 * the app in the background, the browser tab hidden) and moves at once when it is back.
 * `on: false` stops it.
 */
export function useLiveTick(on: boolean, ms = LIVE_REFRESH_MS): number {
  const [tick, setTick] = useState(0);
  const [shown, setShown] = useState(true);
  const [visible, setVisible] = useState(tabVisible);
  useDidShow(() => setShown(true));
  useDidHide(() => setShown(false));

  useEffect(() => {
    if (process.env.TARO_ENV !== 'h5' || typeof document === 'undefined') return;
    const onChange = () => setVisible(tabVisible());
    document.addEventListener('visibilitychange', onChange);
    return () => document.removeEventListener('visibilitychange', onChange);
  }, []);

  const running = on && shown && visible;
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setTick((t) => t + 1), ms);
    return () => clearInterval(timer);
  }, [running, ms]);

  // Back on screen after a pause: fetch now rather than at the next interval.
  const [wasRunning, setWasRunning] = useState(running);
  if (wasRunning !== running) {
    setWasRunning(running);
    if (running) setTick((t) => t + 1);
  }
  return tick;
}
