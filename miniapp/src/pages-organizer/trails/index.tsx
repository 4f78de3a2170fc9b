import { useRef, useState } from 'react';
import { useDidShow } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { TOPIC_LABELS, type AdminTrailDto, type TrailStatus } from '@xinghuo/shared';
import { adminApi } from '../../api/admin';
import AdminLayout from '../../components/AdminLayout';
import DataTable, { type Column } from '../../components/DataTable';
import Filters, { Filter } from '../../components/Filters';
import Pagination from '../../components/Pagination';
import SearchBox from '../../components/SearchBox';
import { EmptyState, ErrorState } from '../../components/StateView';
import StatusTag from '../../components/StatusTag';
import { TRAIL_LOOK, formatInstant, regionBelow } from '../../lib/admin-labels';
import { useMe } from '../../services/admin-me';
import { openPage } from '../../services/nav';
import { useAsync } from '../../services/use-async';

const STATUS_OPTIONS = (Object.keys(TRAIL_LOOK) as TrailStatus[]).map((s) => ({
  value: s,
  label: TRAIL_LOOK[s].label,
}));

/** Trails of the subtree: in review (with the queue), published, taken down, being designed. */
export default function OrganizerTrailsPage() {
  return (
    <AdminLayout
      role="organizer"
      nav="trails"
      title="路线管理"
      subtitle="由场馆联合设计、经各馆确认后提交的主题体验路线。路线的审核由管辖其全部场馆的组织方负责。"
    >
      <Trails />
    </AdminLayout>
  );
}

function Trails() {
  const [status, setStatus] = useState<TrailStatus | ''>('in_review');
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const list = useAsync(`org-trails:${status}:${q}:${page}`, () =>
    adminApi.trails({ status: status || undefined, q: q || undefined, page, pageSize: 20 }),
  );
  const rootName = useMe().data?.region?.name;
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) void list.reload();
    shown.current = true;
  });
  const columns: Array<Column<AdminTrailDto>> = [
    {
      key: 'name',
      title: '路线',
      primary: true,
      grow: 2.2,
      sortValue: (t) => t.name,
      render: (t) => (
        <View className="cell-main">
          <Text className="cell-main__title">{t.name}</Text>
          <Text className="cell-main__sub">
            {TOPIC_LABELS[t.topic]} · {t.stops.length} 站 ·{' '}
            {new Set(t.stops.map((s) => s.venueId)).size} 个场馆
          </Text>
        </View>
      ),
    },
    {
      key: 'by',
      title: '发起场馆',
      grow: 1.5,
      sortValue: (t) => t.proposedByVenueName,
      render: (t) => t.proposedByVenueName ?? '组织方',
    },
    {
      key: 'region',
      title: '地区',
      grow: 1.3,
      sortValue: (t) => t.regionFullName,
      render: (t) => regionBelow(t.regionFullName, rootName),
    },
    {
      key: 'status',
      title: '状态',
      sortValue: (t) => t.status,
      render: (t) => <StatusTag look={TRAIL_LOOK[t.status]} />,
    },
    {
      key: 'updated',
      title: '更新时间',
      grow: 1.3,
      nowrap: true,
      sortValue: (t) => t.updatedAt,
      render: (t) => formatInstant(t.updatedAt),
    },
  ];
  return (
    <>
      <Filters>
        <SearchBox
          value={q}
          placeholder="搜索路线名称"
          onSearch={(v) => {
            setQ(v);
            setPage(1);
          }}
          id="org-trail-search"
        />
        <Filter
          label="状态"
          id="org-trail-status"
          value={status}
          options={STATUS_OPTIONS}
          onChange={(v) => {
            setStatus(v);
            setPage(1);
          }}
        />
      </Filters>
      {list.error && !list.data ? (
        <ErrorState error={list.error} onRetry={list.reload} />
      ) : (
        <DataTable
          id="org-trail-table"
          columns={columns}
          rows={list.data?.items}
          loading={list.loading}
          rowKey={(t) => t.id}
          onRowClick={(t) => openPage('organizerTrail', { id: t.id })}
          empty={
            <EmptyState
              title={status === 'in_review' ? '没有待审核的路线' : '没有符合条件的路线'}
            />
          }
        />
      )}
      {list.data ? (
        <Pagination page={page} pageSize={20} total={list.data.total} onChange={setPage} />
      ) : null}
    </>
  );
}
