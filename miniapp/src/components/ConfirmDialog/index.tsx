import { useState, type ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { Dialog } from '@nutui/nutui-react-taro';
import { messageOf } from '../../lib/api-error';
import './index.scss';

interface Props {
  visible: boolean;
  title: string;
  /** What will happen, in plain words; a destructive one says what cannot be undone. */
  children: ReactNode;
  confirmText: string;
  /** Red confirm button: removing, revoking, closing, disabling. */
  danger?: boolean;
  /** Runs on confirm; the dialog stays open with the error when it throws. */
  onConfirm: () => Promise<void>;
  onClose: () => void;
  /** Confirm stays off until the extra input (a required comment) is filled in. */
  confirmDisabled?: boolean;
}

/** The one way admin pages ask before acting: nothing destructive happens without it. */
export default function ConfirmDialog(props: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const close = () => {
    if (busy) return;
    setError(null);
    props.onClose();
  };
  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await props.onConfirm();
      setBusy(false);
      props.onClose();
    } catch (e) {
      setBusy(false);
      setError(messageOf(e));
    }
  };

  return (
    <Dialog
      visible={props.visible}
      title={props.title}
      className={`confirm-dialog ${props.danger ? 'confirm-dialog--danger' : ''}`}
      confirmText={busy ? '请稍候…' : props.confirmText}
      cancelText="取消"
      disableConfirmButton={busy || props.confirmDisabled}
      closeOnOverlayClick={!busy}
      onConfirm={() => void confirm()}
      onCancel={close}
      onClose={close}
    >
      <View className="confirm-dialog__body" id="confirm-dialog">
        {props.children}
        {error ? <Text className="confirm-dialog__error">{error}</Text> : null}
      </View>
    </Dialog>
  );
}
