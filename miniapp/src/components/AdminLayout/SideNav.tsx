import { Text, View } from '@tarojs/components';
import type { MeResponse } from '@xinghuo/shared';
import { ADMIN_ROLE_LABELS, type AdminRole } from '../../lib/admin-access';
import { ADMIN_NAV } from '../../lib/admin-nav';
import { endSession } from '../../services/admin-session';
import { openSection, restartAtHome } from '../../services/nav';

interface Props {
  role: AdminRole;
  current: string;
  me: MeResponse | undefined;
  displayName: string;
  /** While a first password is pending nothing else can be opened. */
  locked?: boolean;
}

/** The navigation column: the role's sections, then who is signed in and the way out. */
export default function SideNav({ role, current, me, displayName, locked }: Props) {
  const scope = role === 'staff' ? me?.venue?.name : me?.region?.fullName;
  return (
    <View className="side-nav" id="admin-nav">
      <View className="side-nav__brand">
        <Text className="side-nav__logo">星火探馆</Text>
        <Text className="side-nav__role">{ADMIN_ROLE_LABELS[role]}工作台</Text>
      </View>
      <View className="side-nav__items">
        {ADMIN_NAV[role].map((item) => (
          <View
            key={item.key}
            className={`side-nav__item ${item.key === current ? 'is-on' : ''} ${locked ? 'is-locked' : ''}`}
            data-nav={item.key}
            onClick={() => {
              if (!locked && item.key !== current) openSection(item.page);
            }}
          >
            <Text>{item.label}</Text>
          </View>
        ))}
      </View>
      <View className="side-nav__user">
        <View className="side-nav__who">
          <View className="side-nav__avatar">{(me?.displayName ?? displayName).slice(0, 1)}</View>
          <View className="side-nav__names">
            <Text className="side-nav__name">{me?.displayName ?? displayName}</Text>
            {scope ? <Text className="side-nav__scope">{scope}</Text> : null}
          </View>
        </View>
        <View className="side-nav__links">
          <Text
            className={`side-nav__link ${current === 'password' ? 'is-on' : ''}`}
            id="nav-password"
            onClick={() => current !== 'password' && openSection('adminPassword')}
          >
            修改密码
          </Text>
          <Text
            className="side-nav__link"
            id="nav-sign-out"
            onClick={() => endSession('signed-out')}
          >
            退出登录
          </Text>
          <Text className="side-nav__link" onClick={restartAtHome}>
            游客端
          </Text>
        </View>
      </View>
    </View>
  );
}
