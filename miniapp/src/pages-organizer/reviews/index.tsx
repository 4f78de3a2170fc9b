import { useRef, useState } from 'react';
import { useDidShow } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { ReviewDto, RevisionStatus, ReviewSubject } from '@xinghuo/shared';
import { adminApi } from '../../api/admin';
import AdminLayout from '../../components/AdminLayout';
import DataTable, { type Column } from '../../components/DataTable';
import Filters, { Filter } from '../../components/Filters';
import Pagination from '../../components/Pagination';
import RegionFilter from '../../components/RegionFilter';
import { EmptyState, ErrorState } from '../../components/StateView';
import StatusTag from '../../components/StatusTag';
import { REVISION_LOOK, formatInstant, regionBelow } from '../../lib/admin-labels';
import { useMe } from '../../services/admin-me';
import { SUBJECT_LABELS, SUBJECT_OPTIONS } from '../../lib/review-labels';
import { openPage } from '../../services/nav';
import { useAsync } from '../../services/use-async';

const STATUS_OPTIONS = (['pending', 'approved', 'returned'] as const).map((s) => ({
  value: s,
  label: REVISION_LOOK[s].label,
}));

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
  const [status, setStatus] = useState<RevisionStatus | ''>('pending');
  const [subject, setSubject] = useState<ReviewSubject | ''>('');
  const [region, setRegion] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const list = useAsync(`reviews:${status}:${subject}:${region ?? ''}:${page}`, () =>
    adminApi.reviews({
      status: status || undefined,
      subject: subject || undefined,
      region: region ?? undefined,
      page,
      pageSize: 20,
    }),
  );
  const rootName = useMe().data?.region?.name;
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) void list.reload();
    shown.current = true;
  });
  const reset = () => setPage(1);

  const columns: Array<Column<ReviewDto>> = [
    {
      key: 'what',
      title: '内容',
      primary: true,
      grow: 2.2,
      sortValue: (r) => r.subjectName,
      render: (r) => (
        <View className="cell-main">
          <Text className="cell-main__title">{r.subjectName}</Text>
          <Text className="cell-main__sub">
            {SUBJECT_LABELS[r.subject]}
            {r.before === null ? ' · 新建' : ` · 修改 ${r.changedFields.length} 项`}
          </Text>
        </View>
      ),
    },
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
    {
      key: 'status',
      title: '状态',
      grow: 0.8,
      sortValue: (r) => r.status,
      render: (r) => <StatusTag look={REVISION_LOOK[r.status]} />,
    },
  ];

  return (
    <>
      <Filters>
        <Filter
          label="状态"
          id="review-status"
          value={status}
          options={STATUS_OPTIONS}
          onChange={(v) => {
            setStatus(v);
            reset();
          }}
        />
        <Filter
          label="类型"
          id="review-subject"
          value={subject}
          options={SUBJECT_OPTIONS}
          onChange={(v) => {
            setSubject(v);
            reset();
          }}
        />
        <RegionFilter
          value={region}
          onChange={(v) => {
            setRegion(v);
            reset();
          }}
        />
      </Filters>
      {list.error && !list.data ? (
        <ErrorState error={list.error} onRetry={list.reload} />
      ) : (
        <DataTable
          id="review-table"
          columns={columns}
          rows={list.data?.items}
          loading={list.loading}
          rowKey={(r) => r.id}
          onRowClick={(r) => openPage('organizerReview', { id: r.id })}
          empty={
            <EmptyState
              title={status === 'pending' ? '没有待审核的内容' : '没有符合条件的记录'}
              description={status === 'pending' ? '各场馆提交的修改会出现在这里。' : undefined}
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
