import { useDidShow } from '@tarojs/taro';
import { useEffect } from 'react';

/**
 * H5 only. Taro's rem script gives any screen wider than a phone the root size of a 750 px
 * phone, twice a real phone's density: right for nothing at a desk. Admin pages mark <html>
 * with `admin-mode` and app.scss keeps a phone's density there on wide screens; every other page
 * clears it when it shows, since H5 keeps earlier pages mounted underneath.
 */
export function setAdminMode(on: boolean): void {
  if (process.env.TARO_ENV !== 'h5' || typeof document === 'undefined') return;
  document.documentElement.classList.toggle('admin-mode', on);
}

/** The page using it sets the mode whenever it is (again) the one on screen. */
export function useAdminMode(on: boolean): void {
  useEffect(() => setAdminMode(on), [on]);
  useDidShow(() => setAdminMode(on));
}

/** A desk-sized H5 window (the `desk` mixin's width): sheets open as centred dialogs there. */
export function isDeskScreen(): boolean {
  return process.env.TARO_ENV === 'h5' && typeof window !== 'undefined' && window.innerWidth >= 960;
}
