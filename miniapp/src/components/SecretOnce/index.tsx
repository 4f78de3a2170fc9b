import type { ReactNode } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, Dialog } from '@nutui/nutui-react-taro';
import './index.scss';

interface Props {
  visible: boolean;
  title: string;
  /** Whose secret it is (the account, the venue). */
  children?: ReactNode;
  secret: string;
  onClose: () => void;
}

/**
 * A temporary password, shown this once: the server keeps only its hash. Copy it, hand it over;
 * its holder must change it at first sign-in.
 */
export default function SecretOnce({ visible, title, children, secret, onClose }: Props) {
  return (
    <Dialog
      visible={visible}
      title={title}
      confirmText="我已记下"
      hideCancelButton
      closeOnOverlayClick={false}
      onConfirm={onClose}
      onClose={onClose}
    >
      <View className="secret-once" id="secret-once">
        {children}
        <Text className="secret-once__label">临时密码</Text>
        <Text className="secret-once__value" id="temporary-password" userSelect>
          {secret}
        </Text>
        <Button
          size="small"
          fill="outline"
          onClick={() => void Taro.setClipboardData({ data: secret })}
        >
          复制临时密码
        </Button>
        <Text className="secret-once__warn">
          临时密码只显示这一次，关闭后无法再查看。对方首次登录时必须修改密码；遗失可在账号管理中重置。
        </Text>
      </View>
    </Dialog>
  );
}
