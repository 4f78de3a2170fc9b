import { View } from '@tarojs/components';
import { Loading } from '@nutui/nutui-react-taro';
import PageShell from '../../components/PageShell';
import { usePageParams } from '../../services/nav';
import IdleScreen from './IdleScreen';
import QueuedScreen from './QueuedScreen';
import RejectedScreen from './RejectedScreen';
import SuccessScreen from './SuccessScreen';
import { useCheckIn } from './use-check-in';
import './index.scss';

export default function CheckInPage() {
  const { screen, retry } = useCheckIn(usePageParams('checkIn'));
  return (
    <PageShell className="check-in-page">
      {screen.s === 'submitting' ? (
        <View className="check-in-busy" id="check-in-busy">
          <Loading direction="vertical">
            {screen.withLocation ? '正在确认位置并打卡…' : '正在打卡…'}
          </Loading>
        </View>
      ) : null}
      {screen.s === 'success' ? <SuccessScreen response={screen.response} /> : null}
      {screen.s === 'rejected' || screen.s === 'invalid' ? (
        <RejectedScreen error={screen.error} outcome={screen.s} onRetry={retry} />
      ) : null}
      {screen.s === 'queued' ? (
        <QueuedScreen item={screen.item} reason={screen.reason} error={screen.error} />
      ) : null}
      {screen.s === 'idle' ? <IdleScreen /> : null}
    </PageShell>
  );
}
