import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import PageShell from '../../components/PageShell';
import { goHome } from '../../services/nav';
import './index.scss';

/** Placeholder so the staff sub-package exists; venue staff and organizer pages will grow here. */
export default function StaffHome() {
  return (
    <PageShell className="staff-home">
      <View className="staff-home__box">
        <Text className="staff-home__title">工作人员入口（建设中）</Text>
        <Text className="muted">场馆工作人员和活动组织方的功能即将上线，敬请期待。</Text>
        <Button type="primary" className="staff-home__back" onClick={goHome}>
          返回首页
        </Button>
      </View>
    </PageShell>
  );
}
