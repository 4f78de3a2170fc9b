import { useEffect, useState, type ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { Button, Popup } from '@nutui/nutui-react-taro';
import { ADMIN_ROLE_LABELS, pageAccess, type PageRole } from '../../lib/admin-access';
import { homePage } from '../../lib/admin-nav';
import { useMe } from '../../services/admin-me';
import { adminSession, endSession, requirePasswordChange } from '../../services/admin-session';
import { openSection } from '../../services/nav';
import { popupPortal } from '../../services/portal';
import { useAdminMode } from '../../services/screen-mode';
import { useStore } from '../../services/use-store';
import SideNav from './SideNav';
import './index.scss';
import '../../styles/admin-blocks.scss';

interface Props {
  /** Who the page is for; anyone else sees why not and a way to their own workbench. */
  role: PageRole;
  /** The navigation item this page belongs to. */
  nav: string;
  title: string;
  subtitle?: ReactNode;
  /** Buttons beside the title. */
  actions?: ReactNode;
  /** Drill-down pages: the way back to their list. */
  back?: { label: string; onClick: () => void };
  /** The password page: open to a session that must change its password. */
  passwordPage?: boolean;
  /** Rendered only when the signed-in person may see the page, so its data loads only then. */
  children: ReactNode;
}

/**
 * The frame of every staff and organizer page: navigation by role (a side column at a desk, a
 * drawer on a phone), the page title and actions, content of a readable width, and the access
 * check. A page the person may not see never renders blank: no session goes to sign-in with the
 * reason, a pending password change to the password page, the wrong role gets an explanation.
 */
export default function AdminLayout(props: Props) {
  const session = useStore(adminSession);
  const [openedAt] = useState(() => Date.now());
  const access = pageAccess(session, props.role, openedAt, { passwordPage: props.passwordPage });
  const [menu, setMenu] = useState(false);
  const me = useMe(access.kind === 'ok');
  useAdminMode(true);

  const reason = access.kind === 'sign-in' ? access.reason : null;
  useEffect(() => {
    if (reason) endSession(reason);
  }, [reason]);
  const mustChange = access.kind === 'change-password';
  useEffect(() => {
    if (mustChange) requirePasswordChange();
  }, [mustChange]);

  const nav = session ? (
    <SideNav
      role={session.role}
      current={props.nav}
      me={me.data}
      displayName={session.displayName}
      locked={props.passwordPage && session.mustChangePassword}
    />
  ) : null;

  return (
    <View className="admin-page" id="admin-page" data-role={session?.role ?? ''}>
      <View className="admin-side">{nav}</View>
      <View className="admin-top">
        <View className="admin-top__menu" id="admin-menu" onClick={() => setMenu(true)}>
          <View className="admin-top__bars" />
        </View>
        <Text className="admin-top__brand">
          星火探馆 · {session ? ADMIN_ROLE_LABELS[session.role] : '工作人员'}
        </Text>
      </View>
      <Popup
        portal={popupPortal()}
        visible={menu}
        position="left"
        onClose={() => setMenu(false)}
        className="admin-drawer"
      >
        <View className="admin-drawer__body">{nav}</View>
      </Popup>
      <View className="admin-main">
        <View className="admin-content">
          {props.back ? (
            <Text className="admin-back" onClick={props.back.onClick} id="admin-back">
              ‹ {props.back.label}
            </Text>
          ) : null}
          <View className="admin-head">
            <View className="admin-head__text">
              <Text className="admin-head__title" id="admin-title">
                {props.title}
              </Text>
              {props.subtitle ? <View className="admin-head__sub">{props.subtitle}</View> : null}
            </View>
            {props.actions && access.kind === 'ok' ? (
              <View className="admin-head__actions">{props.actions}</View>
            ) : null}
          </View>
          <AccessBody access={access}>{props.children}</AccessBody>
        </View>
      </View>
    </View>
  );
}

function AccessBody({
  access,
  children,
}: {
  access: ReturnType<typeof pageAccess>;
  children: ReactNode;
}) {
  if (access.kind === 'ok') return <>{children}</>;
  if (access.kind === 'wrong-role') {
    const other = access.role === 'staff' ? '活动组织方' : '场馆工作人员';
    return (
      <View className="admin-denied" id="admin-denied">
        <Text className="admin-denied__title">此页面仅供{other}使用</Text>
        <Text className="admin-denied__text">
          您当前以{ADMIN_ROLE_LABELS[access.role]}身份登录，没有查看此页面的权限。
        </Text>
        <View className="admin-denied__actions">
          <Button type="primary" onClick={() => openSection(homePage(access.role))}>
            返回我的工作台
          </Button>
          <Button fill="outline" onClick={() => endSession('signed-out')}>
            切换账号
          </Button>
        </View>
      </View>
    );
  }
  return (
    <View className="admin-denied">
      <Text className="admin-denied__text">
        {access.kind === 'change-password' ? '请先修改初始密码…' : '正在前往登录页…'}
      </Text>
    </View>
  );
}
