import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, Textarea } from '@tarojs/components';
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
import type { Column } from '../../components/DataTable';
import { instantColumn, statusColumn, titleColumn } from '../../components/DataTable/columns';
import Filters, { Filter } from '../../components/Filters';
import PagedTable from '../../components/PagedTable';
import RegionFilter from '../../components/RegionFilter';
import SearchBox from '../../components/SearchBox';
import { EmptyState } from '../../components/StateView';
import { lookOptions, regionBelow, VENUE_LOOK } from '../../lib/admin-labels';
import { useMe } from '../../services/admin-me';
import { openPage } from '../../services/nav';
import { useList } from '../../services/use-list';

const KIND_OPTIONS = VENUE_KINDS.map((k) => ({ value: k, label: VENUE_KIND_LABELS[k] }));
const STATUS_OPTIONS = lookOptions(VENUE_LOOK);

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
  const { list, filters, set, bind, paging } = useList(
    'org-venues',
    {
      q: '',
      kind: '' as VenueKind | '',
      status: '' as VenueStatus | '',
      region: null as string | null,
    },
    (f, page) =>
      adminApi.venues({
        q: f.q || undefined,
        kind: f.kind || undefined,
        status: f.status || undefined,
        region: f.region ?? undefined,
        ...page,
      }),
  );
  const [asking, setAsking] = useState<{
    venue: AdminVenueSummary;
    action: 'close' | 'publish';
  } | null>(null);
  const [reason, setReason] = useState('');
  const rootName = useMe().data?.region?.name;

  const columns: Array<Column<AdminVenueSummary>> = [
    titleColumn<AdminVenueSummary>('name', '场馆', (v) => ({
      title: v.name,
      sub: VENUE_KIND_LABELS[v.kind],
    })),
    {
      key: 'region',
      title: '地区',
      grow: 1.6,
      sortValue: (v) => v.regionFullName,
      render: (v) => regionBelow(v.regionFullName, rootName),
    },
    statusColumn<AdminVenueSummary>((v) => VENUE_LOOK[v.status], 0.8),
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
    instantColumn<AdminVenueSummary>('updated', '更新时间', (v) => v.updatedAt),
  ];

  return (
    <>
      <Filters>
        <SearchBox
          value={filters.q}
          placeholder="搜索场馆名称或地址"
          onSearch={set('q')}
          id="venue-search"
        />
        <Filter label="类型" id="venue-kind-filter" options={KIND_OPTIONS} {...bind('kind')} />
        <Filter
          label="状态"
          id="venue-status-filter"
          options={STATUS_OPTIONS}
          {...bind('status')}
        />
        <RegionFilter {...bind('region')} />
      </Filters>
      <PagedTable
        {...paging}
        id="venue-table"
        columns={columns}
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
              <Text className="link-btn" onClick={() => setAsking({ venue: v, action: 'publish' })}>
                {v.status === 'closed' ? '重新开放' : '开放'}
              </Text>
            )}
          </>
        )}
      />
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
