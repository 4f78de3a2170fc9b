import type { PropsWithChildren } from 'react';
import { useDidShow, useLaunch } from '@tarojs/taro';
import './nutui-styles';
import './app.scss';
import { applyRootClass } from './services/prefs';
import { initPrivacy } from './services/privacy';
import { startOfflineSync, syncQueue } from './services/check-in';

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    initPrivacy();
    applyRootClass();
    startOfflineSync();
    if (process.env.TARO_ENV === 'h5') {
      // H5 pages are lazy chunks: fetch the check-in and passport pages while online, so a scan
      // made after the network drops can still open them and be queued.
      // <html data-offline-ready> says they are in (browser tests wait for it).
      setTimeout(() => {
        void Promise.all([import('./pages/check-in/index'), import('./pages/passport/index')]).then(
          () => document.documentElement.setAttribute('data-offline-ready', ''),
          () => undefined,
        );
      }, 1500);
    }
  });
  // Coming back to the app is the most likely moment the network is back.
  useDidShow(() => {
    void syncQueue();
  });
  return children;
}

export default App;
