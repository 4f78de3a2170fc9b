import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { formatDateTime } from '../../lib/format';
import { queueState, syncQueue } from '../../services/check-in';
import { useStore } from '../../services/use-store';
import './index.scss';

/** The offline queue made visible: what is waiting, and what was sent lately. */
export default function QueueList({ showSynced = true }: { showSynced?: boolean }) {
  const { pending, synced } = useStore(queueState);
  const [busy, setBusy] = useState(false);
  if (pending.length === 0 && (!showSynced || synced.length === 0)) return null;

  const retry = async () => {
    setBusy(true);
    try {
      await syncQueue();
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className="card queue-list" id="offline-queue">
      {pending.length > 0 ? (
        <>
          <View className="queue-list__head">
            <Text className="queue-list__title">待提交的打卡（{pending.length}）</Text>
            <Button size="small" type="primary" fill="outline" loading={busy} onClick={retry}>
              立即提交
            </Button>
          </View>
          <Text className="hint">扫码时间已记录，联网后会自动提交，不会重复打卡。</Text>
          {pending.map((item) => (
            <View className="queue-list__item" key={item.idempotencyKey}>
              <View className="queue-list__dot queue-list__dot--pending" />
              <Text className="queue-list__text">扫码于 {formatDateTime(item.scannedAt)}</Text>
              <Text className="queue-list__state">
                {item.attempts > 0 ? `等待网络 · 已尝试${item.attempts}次` : '等待提交'}
              </Text>
            </View>
          ))}
        </>
      ) : null}
      {showSynced && synced.length > 0 ? (
        <View className="queue-list__synced">
          <Text className="queue-list__subtitle">最近自动提交</Text>
          {synced.slice(0, 5).map((r) => (
            <View className="queue-list__item" key={r.key}>
              <View
                className={`queue-list__dot ${r.ok ? 'queue-list__dot--ok' : 'queue-list__dot--fail'}`}
              />
              <Text className="queue-list__text">
                {r.checkpointName ? `${r.checkpointName}` : `扫码于 ${formatDateTime(r.scannedAt)}`}
              </Text>
              <Text className={`queue-list__state ${r.ok ? 'ok' : 'fail'}`}>{r.message}</Text>
            </View>
          ))}
        </View>
      ) : null}
    </View>
  );
}
