import { useState, type ReactNode } from 'react';
import { View } from '@tarojs/components';
import { useDidHide, useDidShow } from '@tarojs/taro';
import { applyRootClass, usePrefs } from '../../services/prefs';
import { useAdminMode } from '../../services/screen-mode';
import PrivacyGate from '../PrivacyGate';
import './index.scss';

interface Props {
  children: ReactNode;
  className?: string;
  /** Pages that must work before consent (the privacy notice itself) skip the gate. */
  noGate?: boolean;
}

/**
 * Root of every page: carries the 长辈模式 class (which redefines the size variables) and the
 * privacy consent dialog, since each mini-program page is its own tree.
 */
export default function PageShell({ children, className, noGate }: Props) {
  const prefs = usePrefs();
  const [active, setActive] = useState(true);
  useAdminMode(false);
  useDidShow(() => {
    applyRootClass();
    setActive(true);
  });
  useDidHide(() => setActive(false));
  return (
    <View className={`app-page ${prefs.elderMode ? 'elder' : ''} ${className ?? ''}`}>
      {children}
      {noGate ? null : <PrivacyGate active={active} />}
    </View>
  );
}
