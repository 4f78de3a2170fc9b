import { useRef, useState } from 'react';
import { useDidShow } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { TOPIC_LABELS, type AdminTrailDto, type TrailStatus } from '@xinghuo/shared';
import { adminApi } from '../../api/admin';
import AdminLayout from '../../components/AdminLayout';
import DataTable, { type Column } from '../../components/DataTable';
import Filters, { Filter } from '../../components/Filters';
import Pagination from '../../components/Pagination';
import SearchBox from '../../components/SearchBox';
import { EmptyState, ErrorState } from '../../components/StateView';
import StatusTag from '../../components/StatusTag';
import { CONSENT_LOOK, TRAIL_LOOK, formatInstant } from '../../lib/admin-labels';
import { adminSession } from '../../services/admin-session';
import { openPage } from '../../services/nav';
import { useAsync } from '../../services/use-async';
import { useStore } from '../../services/use-store';

export default function StaffTrailsPage() {
  return (
    <AdminLayout
      role="staff"
      nav="trails"
      title="联合路线"
      subtitle="与其他场馆共同设计主题体验路线：发起后，路线经过的每个场馆确认同意，再提交组织方审核。"
      actions={
        <Button type="primary" onClick={() => openPage('staffTrail', {})} id="trail-propose">
          发起新路线
        </Button>
      }
    >
      <TrailList />
    </AdminLayout>
  );
}

type Scope = 'awaiting' | 'mine' | '';
const STATUS_OPTIONS = (Object.keys(TRAIL_LOOK) as TrailStatus[]).map((s) => ({
  value: s,
  label: TRAIL_LOOK[s].label,
}));

function TrailList() {
  const venueId = useStore(adminSession)?.venueId;
  const [scope, setScope] = useState<Scope>('');
  const [status, setStatus] = useState<TrailStatus | ''>('');
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const key = `staff-trails:${scope}:${status}:${q}:${page}`;
  const list = useAsync(key, () =>
    adminApi.trails({
      q: q || undefined,
      status: status || undefined,
      awaitingMyConsent: scope === 'awaiting' || undefined,
      page,
      pageSize: 20,
    }),
  );
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) void list.reload();
    shown.current = true;
  });
  const rows = (list.data?.items ?? []).filter(
    (t) => scope !== 'mine' || t.proposedByVenueId === venueId,
  );
  const mine = (t: AdminTrailDto) => t.consents.find((c) => c.venueId === venueId);

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
      grow: 1.4,
      sortValue: (t) => t.proposedByVenueName,
      render: (t) => t.proposedByVenueName ?? '组织方',
    },
    {
      key: 'consent',
      title: '各馆确认',
      render: (t) => {
        const done = t.consents.filter((c) => c.status === 'accepted').length;
        const my = mine(t);
        return (
          <View className="head-line">
            <Text>
              {done}/{t.consents.length}
            </Text>
            {my && my.status !== 'accepted' && t.proposedByVenueId !== venueId ? (
              <StatusTag
                look={{ ...CONSENT_LOOK[my.status], label: `本馆${CONSENT_LOOK[my.status].label}` }}
              />
            ) : null}
          </View>
        );
      },
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
          id="trail-search"
        />
        <Filter
          label="范围"
          id="trail-scope"
          value={scope}
          options={[
            { value: 'awaiting', label: '待我确认' },
            { value: 'mine', label: '本馆发起' },
          ]}
          onChange={(v) => {
            setScope(v);
            setPage(1);
          }}
        />
        <Filter
          label="状态"
          id="trail-status"
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
          id="trail-table"
          columns={columns}
          rows={list.data ? rows : undefined}
          loading={list.loading}
          rowKey={(t) => t.id}
          onRowClick={(t) => openPage('staffTrail', { id: t.id })}
          empty={
            <EmptyState
              title={scope === 'awaiting' ? '没有等待本馆确认的路线' : '还没有路线'}
              description="发起一条路线，邀请附近的场馆共同参与。"
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
