import { Text, View } from '@tarojs/components';
import type { ReviewDto, RevisionStatus, ReviewSubject } from '@xinghuo/shared';
import { adminApi } from '../../api/admin';
import AdminLayout from '../../components/AdminLayout';
import type { Column } from '../../components/DataTable';
import { statusColumn, titleColumn } from '../../components/DataTable/columns';
import Filters, { Filter } from '../../components/Filters';
import PagedTable from '../../components/PagedTable';
import RegionFilter from '../../components/RegionFilter';
import { EmptyState } from '../../components/StateView';
import { formatInstant, lookOptions, regionBelow, REVISION_LOOK } from '../../lib/admin-labels';
import { useMe } from '../../services/admin-me';
import { SUBJECT_LABELS, SUBJECT_OPTIONS } from '../../lib/review-labels';
import { openPage } from '../../services/nav';
import { useList } from '../../services/use-list';

const STATUS_OPTIONS = lookOptions(REVISION_LOOK, ['pending', 'approved', 'returned']);

/** The review queue: revisions of public text and submitted trails in the organizer's subtree. */
export default function ReviewsPage() {
  return (
    <AdminLayout
      role="organizer"
      nav="reviews"
      title="内容审核"
      subtitle="游客看到的场馆介绍、科普卡片、题目和路线，须经审核通过后才会发布。"
    >
      <ReviewQueue />
    </AdminLayout>
  );
}

function ReviewQueue() {
  const { filters, bind, paging } = useList(
    'reviews',
    {
      status: 'pending' as RevisionStatus | '',
      subject: '' as ReviewSubject | '',
      region: null as string | null,
    },
    (f, page) =>
      adminApi.reviews({
        status: f.status || undefined,
        subject: f.subject || undefined,
        region: f.region ?? undefined,
        ...page,
      }),
  );
  const rootName = useMe().data?.region?.name;

  const columns: Array<Column<ReviewDto>> = [
    titleColumn<ReviewDto>('what', '内容', (r) => ({
      title: r.subjectName,
      sub: `${SUBJECT_LABELS[r.subject]}${r.before === null ? ' · 新建' : ` · 修改 ${r.changedFields.length} 项`}`,
    })),
    {
      key: 'venue',
      title: '场馆',
      grow: 1.6,
      sortValue: (r) => r.venueName,
      render: (r) => r.venueName ?? '—',
    },
    {
      key: 'region',
      title: '地区',
      grow: 1.4,
      sortValue: (r) => r.regionFullName,
      render: (r) => regionBelow(r.regionFullName, rootName),
    },
    {
      key: 'submitted',
      title: '提交时间',
      grow: 1.3,
      nowrap: true,
      sortValue: (r) => r.submittedAt,
      render: (r) => (
        <View className="cell-main">
          <Text>{formatInstant(r.submittedAt)}</Text>
          <Text className="cell-main__sub">{r.submittedBy.displayName}</Text>
        </View>
      ),
    },
    statusColumn<ReviewDto>((r) => REVISION_LOOK[r.status], 0.8),
  ];

  return (
    <>
      <Filters>
        <Filter label="状态" id="review-status" options={STATUS_OPTIONS} {...bind('status')} />
        <Filter label="类型" id="review-subject" options={SUBJECT_OPTIONS} {...bind('subject')} />
        <RegionFilter {...bind('region')} />
      </Filters>
      <PagedTable
        id="review-table"
        {...paging}
        columns={columns}
        rowKey={(r) => r.id}
        onRowClick={(r) => openPage('organizerReview', { id: r.id })}
        empty={
          <EmptyState
            title={filters.status === 'pending' ? '没有待审核的内容' : '没有符合条件的记录'}
            description={
              filters.status === 'pending' ? '各场馆提交的修改会出现在这里。' : undefined
            }
          />
        }
      />
    </>
  );
}
