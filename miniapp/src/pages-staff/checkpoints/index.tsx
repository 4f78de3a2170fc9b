import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { AdminCheckpointDto } from '@xinghuo/shared';
import { adminApi } from '../../api/admin';
import AdminLayout from '../../components/AdminLayout';
import ConfirmDialog from '../../components/ConfirmDialog';
import DataTable, { type Column } from '../../components/DataTable';
import Segmented from '../../components/Segmented';
import { EmptyState, ErrorState } from '../../components/StateView';
import StatusTag from '../../components/StatusTag';
import { QR_MODE_LABELS, checkpointLook } from '../../lib/admin-labels';
import { messageOf } from '../../lib/api-error';
import { moveItem } from '../../lib/reorder';
import { adminSession } from '../../services/admin-session';
import { downloadFile } from '../../services/download';
import { openPage } from '../../services/nav';
import { useAsync } from '../../services/use-async';
import { useReloadOnShow } from '../../services/use-list';
import { useStore } from '../../services/use-store';
import './index.scss';

export default function CheckpointsPage() {
  return (
    <AdminLayout
      role="staff"
      nav="checkpoints"
      title="打卡点与海报"
      subtitle="每个打卡点有一张科普卡片，可附一道选择题。印刷码用于张贴海报，动态码用于现场大屏。"
      actions={
        <Button type="primary" onClick={() => openPage('staffCheckpoint', {})} id="checkpoint-add">
          新增打卡点
        </Button>
      }
    >
      <CheckpointList />
    </AdminLayout>
  );
}

type PosterSize = 'A4' | 'A5';
const SIZES = [
  { value: 'A4' as const, label: 'A4' },
  { value: 'A5' as const, label: 'A5' },
];

function CheckpointList() {
  const session = useStore(adminSession);
  const venueId = session?.venueId ?? '';
  const list = useAsync(`admin-checkpoints:${venueId}`, () => adminApi.checkpoints(venueId));
  const [order, setOrder] = useState<AdminCheckpointDto[] | null>(null);
  const [size, setSize] = useState<PosterSize>('A4');
  const [busy, setBusy] = useState<string | null>(null);
  const [pausing, setPausing] = useState<AdminCheckpointDto | null>(null);
  // Back from the editor: the list may have changed there.
  useReloadOnShow(() => {
    setOrder(null);
    return list.reload();
  });

  const items = order ?? list.data?.items;
  const run = async (key: string, action: () => Promise<void>) => {
    setBusy(key);
    try {
      await action();
    } catch (e) {
      void Taro.showToast({ title: messageOf(e), icon: 'none' });
    } finally {
      setBusy(null);
    }
  };
  const move = (from: number, to: number) =>
    run('order', async () => {
      if (!items) return;
      const next = moveItem(items, from, to);
      setOrder(next);
      const res = await adminApi
        .reorderCheckpoints(venueId, { items: next.map((c) => ({ id: c.id, version: c.version })) })
        .catch((e: unknown) => {
          setOrder(null);
          void list.reload();
          throw e;
        });
      setOrder(res.items);
    });
  const setActive = (cp: AdminCheckpointDto, active: boolean) =>
    adminApi.updateCheckpoint(cp.id, { version: cp.version, active }).then((res) => {
      setOrder((items ?? []).map((c) => (c.id === cp.id ? res.checkpoint : c)));
      void Taro.showToast({ title: active ? '已开放' : '已暂停', icon: 'success' });
    });
  const poster = (cp: AdminCheckpointDto) =>
    run(`poster:${cp.id}`, () =>
      downloadFile(adminApi.checkpointPoster(cp.id, size), `${cp.published.name}-${size}.pdf`),
    );

  if (list.error && !items) return <ErrorState error={list.error} onRetry={list.reload} />;

  const columns: Array<Column<AdminCheckpointDto>> = [
    {
      key: 'n',
      title: '顺序',
      grow: 0.4,
      render: (cp) => <Text className="cp-order">{(items ?? []).indexOf(cp) + 1}</Text>,
    },
    {
      key: 'name',
      title: '名称与科普卡片',
      primary: true,
      grow: 2.4,
      render: (cp) => (
        <View className="cell-main">
          <Text className="cell-main__title">{cp.published.name}</Text>
          <Text className="cell-main__sub">
            {cp.published.card.title}
            {cp.published.card.question ? ' · 含答题' : ''}
          </Text>
        </View>
      ),
    },
    {
      key: 'state',
      title: '状态',
      render: (cp) => (
        <View className="head-line">
          <StatusTag look={checkpointLook(cp)} />
          {cp.live && cp.pending ? (
            <StatusTag look={{ label: '修改待审核', tone: 'warn' }} />
          ) : null}
        </View>
      ),
    },
    {
      key: 'qr',
      title: '二维码',
      grow: 1.2,
      render: (cp) => (
        <Text className="muted-line">
          {QR_MODE_LABELS[cp.qrMode]}
          {cp.qrMode === 'static' ? ` · 第 ${cp.qrVersion} 版` : ` · ${cp.displayLinks} 个大屏`}
        </Text>
      ),
    },
  ];

  return (
    <>
      <View className="panel poster-bar" id="poster-bar">
        <View className="poster-bar__text">
          <Text className="panel__title">二维码海报</Text>
          <Text className="muted-line">
            含场馆与打卡点名称、扫码说明和短链接；二维码宽度不小于 6 厘米。
          </Text>
        </View>
        <View className="poster-bar__actions">
          <Segmented value={size} options={SIZES} onChange={setSize} id="poster-size" />
          <Button
            fill="outline"
            loading={busy === 'all-posters'}
            id="posters-all"
            onClick={() =>
              void run('all-posters', () =>
                downloadFile(adminApi.venuePosters(venueId, size), `全部海报-${size}.pdf`),
              )
            }
          >
            下载本馆全部海报
          </Button>
        </View>
      </View>
      <DataTable
        id="checkpoint-table"
        columns={columns}
        rows={items}
        loading={list.loading}
        rowKey={(cp) => cp.id}
        onRowClick={(cp) => openPage('staffCheckpoint', { id: cp.id })}
        empty={
          <EmptyState
            title="还没有打卡点"
            description="新增打卡点后，提交审核，通过后即可打印海报。"
          />
        }
        actions={(cp) => {
          const i = (items ?? []).indexOf(cp);
          return (
            <>
              <Text
                className={`link-btn ${i === 0 || busy ? 'is-off' : ''}`}
                onClick={() => void move(i, i - 1)}
              >
                上移
              </Text>
              <Text
                className={`link-btn ${i === (items ?? []).length - 1 || busy ? 'is-off' : ''}`}
                onClick={() => void move(i, i + 1)}
              >
                下移
              </Text>
              {cp.active ? (
                <Text className="link-btn is-danger" onClick={() => setPausing(cp)}>
                  暂停
                </Text>
              ) : (
                <Text
                  className="link-btn"
                  onClick={() => void run(`active:${cp.id}`, () => setActive(cp, true))}
                >
                  开放
                </Text>
              )}
              {cp.qrMode === 'static' && cp.live ? (
                <Text
                  className={`link-btn ${busy ? 'is-off' : ''}`}
                  data-poster={cp.id}
                  onClick={() => void poster(cp)}
                >
                  海报
                </Text>
              ) : null}
            </>
          );
        }}
      />
      <ConfirmDialog
        visible={pausing !== null}
        title="暂停这个打卡点？"
        confirmText="暂停"
        danger
        onConfirm={() => (pausing ? setActive(pausing, false) : Promise.resolve())}
        onClose={() => setPausing(null)}
      >
        <Text>
          暂停后，游客扫描“{pausing?.published.name}
          ”的二维码会提示“打卡点暂未开放”，直到您重新开放。海报和二维码不会失效。
        </Text>
      </ConfirmDialog>
    </>
  );
}
