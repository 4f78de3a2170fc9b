import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Input, Text, View } from '@tarojs/components';
import { Button, Dialog } from '@nutui/nutui-react-taro';
import {
  CONTENT_LIMITS,
  type CreateDisplayLinkResponse,
  type DisplayLinkDto,
} from '@xinghuo/shared';
import { adminApi } from '../../api/admin';
import ConfirmDialog from '../../components/ConfirmDialog';
import QrCode from '../../components/QrCode';
import StatusTag from '../../components/StatusTag';
import { formatInstant } from '../../lib/admin-labels';
import { messageOf } from '../../lib/api-error';
import { useAsync } from '../../services/use-async';

/** The screens showing a rotating checkpoint's code: create a link (shown once), list, revoke. */
export default function DisplayLinks({ checkpointId }: { checkpointId: string }) {
  const links = useAsync(`display-links:${checkpointId}`, () =>
    adminApi.displayLinks(checkpointId),
  );
  const [label, setLabel] = useState('');
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreateDisplayLinkResponse | null>(null);
  const [revoking, setRevoking] = useState<DisplayLinkDto | null>(null);

  const create = async () => {
    if (!label.trim()) {
      void Taro.showToast({ title: '请填写屏幕名称，如“一楼大厅大屏”', icon: 'none' });
      return;
    }
    setCreating(true);
    try {
      setCreated(await adminApi.createDisplayLink(checkpointId, label.trim()));
      setLabel('');
      void links.reload();
    } catch (e) {
      void Taro.showToast({ title: messageOf(e), icon: 'none' });
    } finally {
      setCreating(false);
    }
  };

  const items = links.data?.items ?? [];
  return (
    <View className="display-links" id="display-links">
      <Text className="muted-line">
        在平板或电视上打开大屏链接，即可全屏显示每 30
        秒更新一次的动态二维码。链接只能显示本打卡点的二维码，不能登录或做其他操作，随时可以撤销。
      </Text>
      <View className="display-links__new">
        <Input
          className="admin-input"
          id="display-link-label"
          value={label}
          maxlength={CONTENT_LIMITS.label}
          placeholder="屏幕名称，如“一楼大厅大屏”"
          onInput={(e) => setLabel(e.detail.value)}
        />
        <Button
          type="primary"
          loading={creating}
          onClick={() => void create()}
          id="display-link-create"
        >
          创建大屏链接
        </Button>
      </View>
      {items.length === 0 && !links.loading ? (
        <Text className="muted-line">还没有大屏链接</Text>
      ) : null}
      {items.map((l) => (
        <View className="display-link" key={l.id} data-link={l.id}>
          <View className="display-link__text">
            <View className="head-line">
              <Text className="display-link__label">{l.label}</Text>
              <StatusTag
                look={
                  l.revokedAt ? { label: '已撤销', tone: 'neutral' } : { label: '可用', tone: 'ok' }
                }
              />
            </View>
            <Text className="muted-line">
              {l.createdBy.displayName} 创建于 {formatInstant(l.createdAt)}
              {l.lastSeenAt ? ` · 最近刷新 ${formatInstant(l.lastSeenAt)}` : ' · 尚未打开'}
              {l.revokedAt ? ` · 撤销于 ${formatInstant(l.revokedAt)}` : ''}
            </Text>
          </View>
          {l.revokedAt ? null : (
            <Text className="link-btn is-danger" onClick={() => setRevoking(l)}>
              撤销
            </Text>
          )}
        </View>
      ))}
      <Dialog
        visible={created !== null}
        title="大屏链接已创建"
        confirmText="我已保存"
        hideCancelButton
        onConfirm={() => setCreated(null)}
        onClose={() => setCreated(null)}
      >
        {created ? (
          <View className="link-once" id="display-link-once">
            <QrCode text={created.url} className="link-once__qr" />
            <Text className="link-once__url" id="display-link-url" userSelect>
              {created.url}
            </Text>
            <Button
              size="small"
              fill="outline"
              onClick={() => void Taro.setClipboardData({ data: created.url })}
              id="display-link-copy"
            >
              复制链接
            </Button>
            <Text className="link-once__warn">
              此链接只显示这一次，请现在复制，或用大屏上的浏览器扫描上方二维码打开。遗失后可撤销并重新创建。
            </Text>
          </View>
        ) : null}
      </Dialog>
      <ConfirmDialog
        visible={revoking !== null}
        title="撤销这个大屏链接？"
        confirmText="撤销"
        danger
        onConfirm={async () => {
          if (!revoking) return;
          await adminApi.revokeDisplayLink(revoking.id);
          await links.reload();
        }}
        onClose={() => setRevoking(null)}
      >
        <Text>撤销后，正在使用“{revoking?.label}”的屏幕将立即停止显示二维码，且无法恢复。</Text>
      </ConfirmDialog>
    </View>
  );
}
