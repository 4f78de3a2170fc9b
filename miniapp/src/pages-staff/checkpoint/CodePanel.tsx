import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Switch, Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { AdminCheckpointDto, QrMode } from '@xinghuo/shared';
import { adminApi } from '../../api/admin';
import ConfirmDialog from '../../components/ConfirmDialog';
import Segmented from '../../components/Segmented';
import { QR_MODE_LABELS } from '../../lib/admin-labels';
import { messageOf } from '../../lib/api-error';
import { downloadFile } from '../../services/download';
import DisplayLinks from './DisplayLinks';

interface Props {
  cp: AdminCheckpointDto;
  onChanged: (cp: AdminCheckpointDto) => void;
}

type Ask = 'pause' | 'rotating' | 'static' | 'revoke' | null;

/** Settings that apply at once: open or paused, printed or rotating code, posters, screens. */
export default function CodePanel({ cp, onChanged }: Props) {
  const [ask, setAsk] = useState<Ask>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const update = async (patch: { active?: boolean; qrMode?: QrMode }) => {
    const res = await adminApi.updateCheckpoint(cp.id, { version: cp.version, ...patch });
    onChanged(res.checkpoint);
    void Taro.showToast({ title: '已生效', icon: 'success' });
  };
  const poster = async (size: 'A4' | 'A5') => {
    setBusy(size);
    try {
      await downloadFile(
        adminApi.checkpointPoster(cp.id, size),
        `${cp.published.name}-${size}.pdf`,
      );
    } catch (e) {
      void Taro.showToast({ title: messageOf(e), icon: 'none' });
    } finally {
      setBusy(null);
    }
  };

  return (
    <View className="panel" id="checkpoint-code-panel">
      <View className="panel__head">
        <Text className="panel__title">
          开放与二维码<Text className="effect-tag effect-tag--now">立即生效</Text>
        </Text>
        <Text className="panel__desc">这些设置不需要审核，修改后立即影响游客扫码。</Text>
      </View>
      <View className="kv">
        <View className="kv__row code-row">
          <Text className="kv__key">开放状态</Text>
          <View className="kv__value code-row__value">
            <Switch
              checked={cp.active}
              color="var(--nutui-color-primary)"
              id="checkpoint-active"
              onChange={(e) =>
                e.detail.value ? void update({ active: true }).catch(toast) : setAsk('pause')
              }
            />
            <Text>{cp.active ? '开放：游客可以打卡' : '已暂停：游客扫码会提示暂未开放'}</Text>
          </View>
        </View>
        <View className="kv__row code-row">
          <Text className="kv__key">二维码方式</Text>
          <View className="kv__value code-row__value">
            <Segmented
              value={cp.qrMode}
              id="checkpoint-qr-mode"
              options={[
                { value: 'static', label: QR_MODE_LABELS.static },
                { value: 'rotating', label: QR_MODE_LABELS.rotating },
              ]}
              onChange={(mode) => mode !== cp.qrMode && setAsk(mode)}
            />
          </View>
        </View>
      </View>
      {cp.qrMode === 'static' ? (
        <View className="code-static" id="checkpoint-static">
          <Text className="muted-line">
            当前为第 {cp.qrVersion} 版印刷二维码。
            {cp.live ? '' : '打卡点通过审核上线后才能下载海报。'}
          </Text>
          <View className="code-static__actions">
            {(['A4', 'A5'] as const).map((size) => (
              <Button
                key={size}
                fill="outline"
                disabled={!cp.live}
                loading={busy === size}
                onClick={() => void poster(size)}
                id={`poster-${size.toLowerCase()}`}
              >
                下载 {size} 海报
              </Button>
            ))}
            <Button
              type="danger"
              fill="outline"
              onClick={() => setAsk('revoke')}
              id="checkpoint-revoke"
            >
              作废已印刷的二维码
            </Button>
          </View>
        </View>
      ) : (
        <DisplayLinks checkpointId={cp.id} />
      )}
      <ConfirmDialog
        visible={ask === 'pause'}
        title="暂停这个打卡点？"
        confirmText="暂停"
        danger
        onConfirm={() => update({ active: false })}
        onClose={() => setAsk(null)}
      >
        <Text>暂停后游客扫码会提示“打卡点暂未开放”，直到重新开放。二维码和海报不会失效。</Text>
      </ConfirmDialog>
      <ConfirmDialog
        visible={ask === 'rotating' || ask === 'static'}
        title={ask === 'rotating' ? '改为动态码？' : '改为印刷码？'}
        confirmText="确认修改"
        danger={ask === 'rotating'}
        onConfirm={() => update({ qrMode: ask === 'rotating' ? 'rotating' : 'static' })}
        onClose={() => setAsk(null)}
      >
        <Text>
          {ask === 'rotating'
            ? '改为动态码后，已张贴的印刷海报将不能再打卡，游客需扫描现场大屏上每 30 秒更新的二维码。请随后创建大屏链接。'
            : '改为印刷码后，大屏上的动态码将不能再打卡，请下载并张贴印刷海报。'}
        </Text>
      </ConfirmDialog>
      <ConfirmDialog
        visible={ask === 'revoke'}
        title="作废已印刷的二维码？"
        confirmText="作废并生成新二维码"
        danger
        onConfirm={async () => {
          onChanged(await adminApi.revokeCodes(cp.id, { version: cp.version, confirm: true }));
          void Taro.showToast({ title: '已作废，请下载新海报', icon: 'none' });
        }}
        onClose={() => setAsk(null)}
      >
        <Text className="revoke-warning" id="revoke-warning">
          已张贴的二维码海报将全部失效：游客扫描旧海报会提示“二维码已停用”。此操作无法撤销。
        </Text>
        <Text>作废后请立即下载新海报，替换现场张贴的全部旧海报。</Text>
      </ConfirmDialog>
    </View>
  );
}

const toast = (e: unknown) => void Taro.showToast({ title: messageOf(e), icon: 'none' });
