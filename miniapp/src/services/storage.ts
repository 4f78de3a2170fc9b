import Taro from '@tarojs/taro';
import type { KeyValueStorage } from '../lib/offline-queue';

/** Taro's sync storage, with "missing" (returned as '') mapped to undefined. */
export const storage: KeyValueStorage & { remove(key: string): void } = {
  get(key) {
    try {
      const v: unknown = Taro.getStorageSync(key);
      return v === '' ? undefined : v;
    } catch {
      return undefined;
    }
  },
  set(key, value) {
    Taro.setStorageSync(key, value);
  },
  remove(key) {
    try {
      Taro.removeStorageSync(key);
    } catch {
      // Nothing to remove is fine.
    }
  },
};
