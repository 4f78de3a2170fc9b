import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { Popup } from '@nutui/nutui-react-taro';
import { popupPortal } from '../../services/portal';
import { isDeskScreen } from '../../services/screen-mode';
import './index.scss';

interface Props {
  visible: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
}

/** A picker or a short form over the page: a bottom sheet on a phone, a dialog at a desk. */
export default function Sheet({ visible, title, onClose, children }: Props) {
  return (
    <Popup
      portal={popupPortal()}
      visible={visible}
      position={isDeskScreen() ? 'center' : 'bottom'}
      round
      closeable
      onClose={onClose}
      className="sheet"
    >
      <View className="sheet__head">
        <Text className="sheet__title">{title}</Text>
      </View>
      {children}
    </Popup>
  );
}
