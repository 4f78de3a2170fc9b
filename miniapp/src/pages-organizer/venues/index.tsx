import { useRef, useState } from 'react';
import Taro, { useDidShow } from '@tarojs/taro';
import { Text, Textarea, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import {
  CONTENT_LIMITS,
  VENUE_KINDS,
  VENUE_KIND_LABELS,
  type AdminVenueSummary,
  type VenueKind,
  type VenueStatus,
} from '@xinghuo/shared';
import { adminApi } from '../../api/admin';
import AdminLayout from '../../components/AdminLayout';
import ConfirmDialog from '../../components/ConfirmDialog';
import DataTable, { type Column } from '../../components/DataTable';
import Filters, { Filter } from '../../components/Filters';
import Pagination from '../../components/Pagination';
import RegionFilter from '../../components/RegionFilter';
import SearchBox from '../../components/SearchBox';
import { EmptyState, ErrorState } from '../../components/StateView';
import StatusTag from '../../components/StatusTag';
import { VENUE_LOOK, formatInstant, regionBelow } from '../../lib/admin-labels';
import { useMe } from '../../services/admin-me';
import { openPage } from '../../services/nav';
import { useAsync } from '../../services/use-async';

const KIND_OPTIONS = VENUE_KINDS.map((k) => ({ value: k, label: VENUE_KIND_LABELS[k] }));
const STATUS_OPTIONS = (Object.keys(VENUE_LOOK) as VenueStatus[]).map((s) => ({
  value: s,
  label: VENUE_LOOK[s].label,
}));
const PAGE_SIZE = 20;

export default function OrganizerVenuesPage() {
  return (
    <AdminLayout
      role="organizer"
      nav="venues"
      title="场馆管理"
      subtitle="辖区内全部场馆。新建场馆时会同时创建它的第一个工作人员账号。"
      actions={
        <Button type="primary" onClick={() => openPage('organizerVenueNew')} id="venue-new">
          新建场馆
        </Button>
      }
    >
      <Venues />
    </AdminLayout>
  );
}

function Venues() {
  const [q, setQ] = useState('');
  const [kind, setKind] = useState<VenueKind | ''>('');
  const [status, setStatus] = useState<VenueStatus | ''>('');
  const [region, setRegion] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const [asking, setAsking] = useState<{
    venue: AdminVenueSummary;
    action: 'close' | 'publish';
  } | null>(null);
  const [reason, setReason] = useState('');
  const list = useAsync(`org-venues:${q}:${kind}:${status}:${region ?? ''}:${page}`, () =>
    adminApi.venues({
      q: q || undefined,
      kind: kind || undefined,
      status: status || undefined,
      region: region ?? undefined,
      page,
      pageSize: PAGE_SIZE,
    }),
  );
  const rootName = useMe().data?.region?.name;
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) void list.reload();
    shown.current = true;
  });
  const filter =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      setPage(1);
    };

  const columns: Array<Column<AdminVenueSummary>> = [
    {
      key: 'name',
      title: '场馆',
      primary: true,
      grow: 2.2,
      sortValue: (v) => v.name,
      render: (v) => (
        <View className="cell-main">
          <Text className="cell-main__title">{v.name}</Text>
          <Text className="cell-main__sub">{VENUE_KIND_LABELS[v.kind]}</Text>
        </View>
      ),
    },
    {
      key: 'region',
      title: '地区',
      grow: 1.6,
      sortValue: (v) => v.regionFullName,
      render: (v) => regionBelow(v.regionFullName, rootName),
    },
    {
      key: 'status',
      title: '状态',
      grow: 0.8,
      sortValue: (v) => v.status,
      render: (v) => <StatusTag look={VENUE_LOOK[v.status]} />,
    },
    {
      key: 'cps',
      title: '打卡点',
      grow: 0.7,
      nowrap: true,
      align: 'right',
      sortValue: (v) => v.checkpointCount,
      render: (v) => v.checkpointCount,
    },
    {
      key: 'pending',
      title: '待审核',
      grow: 0.7,
      nowrap: true,
      align: 'right',
      sortValue: (v) => v.pendingRevisions,
      render: (v) =>
        v.pendingRevisions ? <Text className="text-warn">{v.pendingRevisions}</Text> : '0',
    },
    {
      key: 'staff',
      title: '人员',
      grow: 0.6,
      nowrap: true,
      align: 'right',
      sortValue: (v) => v.staffCount,
      render: (v) => v.staffCount,
    },
    {
      key: 'updated',
      title: '更新时间',
      grow: 1.3,
      nowrap: true,
      sortValue: (v) => v.updatedAt,
      render: (v) => formatInstant(v.updatedAt),
    },
  ];

  return (
    <>
      <Filters>
        <SearchBox
          value={q}
          placeholder="搜索场馆名称或地址"
          onSearch={filter(setQ)}
          id="venue-search"
        />
        <Filter
          label="类型"
          id="venue-kind-filter"
          value={kind}
          options={KIND_OPTIONS}
          onChange={filter(setKind)}
        />
        <Filter
          label="状态"
          id="venue-status-filter"
          value={status}
          options={STATUS_OPTIONS}
          onChange={filter(setStatus)}
        />
        <RegionFilter value={region} onChange={filter(setRegion)} />
      </Filters>
      {list.error && !list.data ? (
        <ErrorState error={list.error} onRetry={list.reload} />
      ) : (
        <DataTable
          id="venue-table"
          columns={columns}
          rows={list.data?.items}
          loading={list.loading}
          rowKey={(v) => v.id}
          actionsSize="s"
          onRowClick={(v) => openPage('staffVenue', { id: v.id })}
          empty={
            <EmptyState title="没有符合条件的场馆" description="可以调整筛选条件，或新建场馆。" />
          }
          actions={(v) => (
            <>
              <Text className="link-btn" onClick={() => openPage('staffVenue', { id: v.id })}>
                编辑
              </Text>
              {v.status === 'published' ? (
                <Text
                  className="link-btn is-danger"
                  onClick={() => setAsking({ venue: v, action: 'close' })}
                >
                  关闭
                </Text>
              ) : (
                <Text
                  className="link-btn"
                  onClick={() => setAsking({ venue: v, action: 'publish' })}
                >
                  {v.status === 'closed' ? '重新开放' : '开放'}
                </Text>
              )}
            </>
          )}
        />
      )}
      {list.data ? (
        <Pagination page={page} pageSize={PAGE_SIZE} total={list.data.total} onChange={setPage} />
      ) : null}
      <ConfirmDialog
        visible={asking !== null}
        title={
          asking?.action === 'close'
            ? `关闭“${asking.venue.name}”？`
            : `向游客开放“${asking?.venue.name ?? ''}”？`
        }
        confirmText={asking?.action === 'close' ? '关闭场馆' : '开放'}
        danger={asking?.action === 'close'}
        onConfirm={async () => {
          if (!asking) return;
          const body = { version: asking.venue.version, reason: reason.trim() || undefined };
          if (asking.action === 'close') await adminApi.closeVenue(asking.venue.id, body);
          else await adminApi.publishVenue(asking.venue.id, body);
          setReason('');
          await list.reload();
          void Taro.showToast({
            title: asking.action === 'close' ? '已关闭' : '已开放',
            icon: 'success',
          });
        }}
        onClose={() => setAsking(null)}
      >
        <Text>
          {asking?.action === 'close'
            ? '关闭后，游客将看不到这个场馆，扫码打卡会被拒绝，包含它的路线也无法完成。可随时重新开放。'
            : '开放后，场馆和已审核通过的打卡点将对游客可见。'}
        </Text>
        {asking?.action === 'close' ? (
          <Textarea
            className="admin-textarea"
            id="venue-close-reason"
            value={reason}
            maxlength={CONTENT_LIMITS.reviewComment}
            placeholder="关闭原因（记入操作记录）"
            onInput={(e) => setReason(e.detail.value)}
          />
        ) : null}
      </ConfirmDialog>
    </>
  );
}
