import { Text, View } from '@tarojs/components';
import QueueList from '../../components/QueueList';
import type { ApiError } from '../../lib/api-error';
import { queuedText } from '../../lib/check-in-flow';
import type { QueuedCheckIn, RetryReason } from '../../lib/offline-queue';
import { goHome } from '../../services/nav';
import ResultLayout, { ResultIcon, ScanAgain } from './ResultLayout';

/** Saved on the phone: it will be sent by itself, judged at the time of the scan. */
export default function QueuedScreen(props: {
  item: QueuedCheckIn;
  reason: RetryReason;
  error?: ApiError;
}) {
  const text = queuedText(props);
  return (
    <ResultLayout
      outcome="queued"
      tone="queued"
      mark={<ResultIcon tone="queued" symbol="⇡" />}
      title={text.title}
      body={
        <View className="section">
          <QueueList showSynced={false} />
        </View>
      }
      actions={<ScanAgain secondLabel="返回首页" onSecond={goHome} />}
    >
      <Text className="check-in-message">{text.message}</Text>
    </ResultLayout>
  );
}
