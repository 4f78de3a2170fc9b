import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { adminApi } from '../../api/admin';
import { TextField } from '../../components/FormField';
import { ADMIN_ROLE_LABELS, SIGN_IN_MESSAGES } from '../../lib/admin-access';
import { messageOf } from '../../lib/api-error';
import { adminSession, endSession, enterAdmin, startSession } from '../../services/admin-session';
import { restartAtHome, usePageParams } from '../../services/nav';
import { useAdminMode } from '../../services/screen-mode';
import { useStore } from '../../services/use-store';
import '../../styles/admin-blocks.scss';
import './index.scss';

/** 我的 → 工作人员登录: username and password for venue staff and organizers. */
export default function AdminLogin() {
  useAdminMode(true);
  const { reason } = usePageParams('adminLogin');
  const session = useStore(adminSession);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async () => {
    if (!username.trim() || !password) {
      setError('请输入用户名和密码');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const res = await adminApi.login({ username: username.trim(), password });
      const started = startSession(res);
      if (!started) throw new Error('not an admin session');
      enterAdmin(started);
    } catch (e) {
      setError(messageOf(e));
      setBusy(false);
    }
  };

  const notice = reason ? SIGN_IN_MESSAGES[reason] : null;

  return (
    <View className="login-page">
      <View className="login-card">
        <View className="login-card__brand">
          <Text className="login-card__logo">星火探馆</Text>
          <Text className="login-card__sub">全国科普月 · 场馆与组织方工作台</Text>
        </View>
        {session ? (
          <View className="login-card__body" id="login-signed-in">
            <Text className="login-card__title">您已登录</Text>
            <Text className="muted-line">
              {session.displayName}（{ADMIN_ROLE_LABELS[session.role]}）
            </Text>
            <Button type="primary" block onClick={() => enterAdmin(session)} id="login-continue">
              进入工作台
            </Button>
            <Button fill="outline" block onClick={() => endSession('signed-out')}>
              退出并切换账号
            </Button>
          </View>
        ) : (
          <View className="login-card__body">
            <Text className="login-card__title">工作人员登录</Text>
            {notice ? (
              <View
                className={`notice ${reason === 'signed-out' ? 'notice--ok' : 'notice--warn'}`}
                id="login-reason"
              >
                <Text className="notice__text">{notice}</Text>
              </View>
            ) : null}
            <TextField
              label="用户名"
              id="login-username"
              value={username}
              placeholder="由上级组织方分配"
              onChange={setUsername}
            />
            <TextField
              label="密码"
              id="login-password"
              password
              value={password}
              placeholder="请输入密码"
              onChange={setPassword}
              onConfirm={() => void submit()}
            />
            {error ? (
              <Text className="login-card__error" id="login-error">
                {error}
              </Text>
            ) : null}
            <Button
              type="primary"
              block
              loading={busy}
              onClick={() => void submit()}
              id="login-submit"
            >
              登录
            </Button>
            <Text className="login-card__hint">
              账号由上级组织方（科协）创建；忘记密码请联系为您创建账号的管理员重置。
            </Text>
          </View>
        )}
        <Text className="login-card__back" onClick={restartAtHome}>
          ‹ 返回游客首页
        </Text>
      </View>
    </View>
  );
}
