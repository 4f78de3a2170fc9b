import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { AdminTrailDto, TrailStatus } from '@xinghuo/shared';
import { adminApi } from '../../api/admin';
import AdminLayout from '../../components/AdminLayout';
import type { Column } from '../../components/DataTable';
import { trailColumns } from '../../components/TrailFacts/columns';
import Filters, { Filter } from '../../components/Filters';
import PagedTable from '../../components/PagedTable';
import SearchBox from '../../components/SearchBox';
import { EmptyState } from '../../components/StateView';
import StatusTag from '../../components/StatusTag';
import { CONSENT_LOOK, lookOptions, TRAIL_LOOK } from '../../lib/admin-labels';
import { adminSession } from '../../services/admin-session';
import { openPage } from '../../services/nav';
import { useList } from '../../services/use-list';
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
const STATUS_OPTIONS = lookOptions(TRAIL_LOOK);

function TrailList() {
  const venueId = useStore(adminSession)?.venueId;
  const { list, filters, set, bind, paging } = useList(
    'staff-trails',
    { scope: '' as Scope, status: '' as TrailStatus | '', q: '' },
    (f, page) =>
      adminApi.trails({
        q: f.q || undefined,
        status: f.status || undefined,
        awaitingMyConsent: f.scope === 'awaiting' || undefined,
        ...page,
      }),
  );
  const scope = filters.scope;
  const rows = (list.data?.items ?? []).filter(
    (t) => scope !== 'mine' || t.proposedByVenueId === venueId,
  );
  const mine = (t: AdminTrailDto) => t.consents.find((c) => c.venueId === venueId);

  const columns: Array<Column<AdminTrailDto>> = [
    trailColumns.name,
    trailColumns.proposer,
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
    trailColumns.status,
    trailColumns.updated,
  ];

  return (
    <>
      <Filters>
        <SearchBox
          value={filters.q}
          placeholder="搜索路线名称"
          onSearch={set('q')}
          id="trail-search"
        />
        <Filter
          label="范围"
          id="trail-scope"
          options={[
            { value: 'awaiting', label: '待我确认' },
            { value: 'mine', label: '本馆发起' },
          ]}
          {...bind('scope')}
        />
        <Filter label="状态" id="trail-status" options={STATUS_OPTIONS} {...bind('status')} />
      </Filters>
      <PagedTable
        id="trail-table"
        {...paging}
        list={{ ...list, data: list.data && { ...list.data, items: rows } }}
        columns={columns}
        rowKey={(t) => t.id}
        onRowClick={(t) => openPage('staffTrail', { id: t.id })}
        empty={
          <EmptyState
            title={scope === 'awaiting' ? '没有等待本馆确认的路线' : '还没有路线'}
            description="发起一条路线，邀请附近的场馆共同参与。"
          />
        }
      />
    </>
  );
}
