import type { AdminTrailDto, TrailStatus } from '@xinghuo/shared';
import { adminApi } from '../../api/admin';
import AdminLayout from '../../components/AdminLayout';
import type { Column } from '../../components/DataTable';
import { trailColumns } from '../../components/TrailFacts/columns';
import Filters, { Filter } from '../../components/Filters';
import PagedTable from '../../components/PagedTable';
import SearchBox from '../../components/SearchBox';
import { EmptyState } from '../../components/StateView';
import { lookOptions, regionBelow, TRAIL_LOOK } from '../../lib/admin-labels';
import { useMe } from '../../services/admin-me';
import { openPage } from '../../services/nav';
import { useList } from '../../services/use-list';

const STATUS_OPTIONS = lookOptions(TRAIL_LOOK);

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
  const { filters, set, bind, paging } = useList(
    'org-trails',
    { status: 'in_review' as TrailStatus | '', q: '' },
    (f, page) =>
      adminApi.trails({
        status: f.status || undefined,
        q: f.q || undefined,
        ...page,
      }),
  );
  const rootName = useMe().data?.region?.name;

  const columns: Array<Column<AdminTrailDto>> = [
    trailColumns.name,
    trailColumns.proposer,
    {
      key: 'region',
      title: '地区',
      grow: 1.3,
      sortValue: (t) => t.regionFullName,
      render: (t) => regionBelow(t.regionFullName, rootName),
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
          id="org-trail-search"
        />
        <Filter label="状态" id="org-trail-status" options={STATUS_OPTIONS} {...bind('status')} />
      </Filters>
      <PagedTable
        id="org-trail-table"
        {...paging}
        columns={columns}
        rowKey={(t) => t.id}
        onRowClick={(t) => openPage('organizerTrail', { id: t.id })}
        empty={
          <EmptyState
            title={filters.status === 'in_review' ? '没有待审核的路线' : '没有符合条件的路线'}
          />
        }
      />
    </>
  );
}
