import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { CONTENT_LIMITS } from '@xinghuo/shared';
import { adminApi } from '../../api/admin';
import AdminLayout from '../../components/AdminLayout';
import { TextField } from '../../components/FormField';
import { passwordProblem } from '../../lib/admin-access';
import { ApiError, messageOf } from '../../lib/api-error';
import { meStore, useMe } from '../../services/admin-me';
import { adminSession, enterAdmin, startSession } from '../../services/admin-session';
import { useStore } from '../../services/use-store';
import './index.scss';

/** Changing the own password; the first sign-in with a password someone else set lands here. */
export default function AdminPassword() {
  const session = useStore(adminSession);
  const first = session?.mustChangePassword === true;
  return (
    <AdminLayout
      role="any"
      nav="password"
      passwordPage
      title={first ? '设置新密码' : '修改密码'}
      subtitle={
        first ? '您的账号使用的是管理员设置的临时密码，请先设置只有您知道的新密码。' : undefined
      }
    >
      <PasswordForm first={first} />
    </AdminLayout>
  );
}

function PasswordForm({ first }: { first: boolean }) {
  const me = useMe();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ field: string | null; text: string } | null>(null);

  const submit = async () => {
    const problem = passwordProblem({
      username: me.data?.username ?? '',
      current,
      next,
      repeat,
      limits: { min: CONTENT_LIMITS.passwordMin, max: CONTENT_LIMITS.passwordMax },
    });
    if (problem) {
      setError({ field: null, text: problem });
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const res = await adminApi.changePassword({ currentPassword: current, newPassword: next });
      const session = startSession(res);
      void meStore.refresh();
      if (session) enterAdmin(session);
    } catch (e) {
      setError({ field: e instanceof ApiError ? (e.field ?? null) : null, text: messageOf(e) });
      setBusy(false);
    }
  };

  const errorOf = (field: string) => (error?.field === field ? error.text : null);

  return (
    <View className="panel password-form" id="password-form">
      {first ? (
        <View className="notice notice--warn">
          <Text className="notice__title">首次登录需修改密码</Text>
          <Text className="notice__text">修改完成前，其他功能暂不可用。</Text>
        </View>
      ) : null}
      <TextField
        label={first ? '临时密码' : '当前密码'}
        required
        error={errorOf('currentPassword')}
        id="password-current"
        password
        value={current}
        onChange={setCurrent}
      />
      <TextField
        label="新密码"
        required
        hint={`至少 ${CONTENT_LIMITS.passwordMin} 位，不能包含用户名`}
        error={errorOf('newPassword')}
        id="password-new"
        password
        value={next}
        onChange={setNext}
      />
      <TextField
        label="再次输入新密码"
        required
        id="password-repeat"
        password
        value={repeat}
        onChange={setRepeat}
        onConfirm={() => void submit()}
      />
      {error && !error.field ? (
        <Text className="password-form__error" id="password-error">
          {error.text}
        </Text>
      ) : null}
      <View className="panel__foot">
        <Text className="panel__foot-note">修改后，您在其他设备上的登录将失效。</Text>
        <Button type="primary" loading={busy} onClick={() => void submit()} id="password-submit">
          确认修改
        </Button>
      </View>
    </View>
  );
}
