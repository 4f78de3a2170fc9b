import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { ReviewDto, RevisionStatus, ReviewSubject } from '@xinghuo/shared';
import { adminApi } from '../../api/admin';
import AdminLayout from '../../components/AdminLayout';
import DataTable, { type Column } from '../../components/DataTable';
import Filters, { Filter } from '../../components/Filters';
import Pagination from '../../components/Pagination';
import { EmptyState, ErrorState } from '../../components/StateView';
import StatusTag from '../../components/StatusTag';
import { REVISION_LOOK, formatInstant } from '../../lib/admin-labels';
import { SUBJECT_LABELS, SUBJECT_OPTIONS } from '../../lib/review-labels';
import { openPage } from '../../services/nav';
import { useAsync } from '../../services/use-async';

const STATUS_OPTIONS = (['pending', 'approved', 'returned', 'superseded'] as const).map((s) => ({
  value: s,
  label: REVISION_LOOK[s].label,
}));

/** What this venue submitted for review, with each decision and the organizer's comment. */
export default function StaffRevisionsPage() {
  return (
    <AdminLayout
      role="staff"
      nav="revisions"
      title="审核记录"
      subtitle="场馆信息、打卡点和路线的每次提交。被退回时，按组织方意见修改后重新提交即可。"
    >
      <Revisions />
    </AdminLayout>
  );
}

function open(r: ReviewDto) {
  if (r.subject === 'venue') openPage('staffVenue', {});
  else if (r.subject === 'checkpoint') openPage('staffCheckpoint', { id: r.subjectId });
  else openPage('staffTrail', { id: r.subjectId });
}

function Revisions() {
  const [status, setStatus] = useState<RevisionStatus | ''>('');
  const [subject, setSubject] = useState<ReviewSubject | ''>('');
  const [page, setPage] = useState(1);
  const list = useAsync(`staff-reviews:${status}:${subject}:${page}`, () =>
    adminApi.reviews({
      status: status || undefined,
      subject: subject || undefined,
      page,
      pageSize: 20,
    }),
  );
  const columns: Array<Column<ReviewDto>> = [
    {
      key: 'what',
      title: '内容',
      primary: true,
      grow: 2,
      sortValue: (r) => r.subjectName,
      render: (r) => (
        <View className="cell-main">
          <Text className="cell-main__title">{r.subjectName}</Text>
          <Text className="cell-main__sub">
            {SUBJECT_LABELS[r.subject]}
            {r.before === null ? ' · 新建' : ''}
          </Text>
        </View>
      ),
    },
    {
      key: 'submitted',
      title: '提交',
      grow: 1.6,
      sortValue: (r) => r.submittedAt,
      render: (r) => `${r.submittedBy.displayName} · ${formatInstant(r.submittedAt)}`,
    },
    {
      key: 'status',
      title: '状态',
      sortValue: (r) => r.status,
      render: (r) => <StatusTag look={REVISION_LOOK[r.status]} />,
    },
    {
      key: 'comment',
      title: '组织方意见',
      grow: 2,
      render: (r) =>
        r.comment ? (
          <Text className={r.status === 'returned' ? 'text-danger' : ''}>{r.comment}</Text>
        ) : (
          <Text className="muted-line">{r.decidedBy ? '—' : '等待审核'}</Text>
        ),
    },
  ];
  return (
    <>
      <Filters>
        <Filter
          label="状态"
          id="revision-status"
          value={status}
          options={STATUS_OPTIONS}
          onChange={(v) => {
            setStatus(v);
            setPage(1);
          }}
        />
        <Filter
          label="类型"
          id="revision-subject"
          value={subject}
          options={SUBJECT_OPTIONS}
          onChange={(v) => {
            setSubject(v);
            setPage(1);
          }}
        />
      </Filters>
      {list.error && !list.data ? (
        <ErrorState error={list.error} onRetry={list.reload} />
      ) : (
        <DataTable
          id="revision-table"
          columns={columns}
          rows={list.data?.items}
          loading={list.loading}
          rowKey={(r) => r.id}
          onRowClick={open}
          empty={<EmptyState title="没有符合条件的提交记录" />}
        />
      )}
      {list.data ? (
        <Pagination page={page} pageSize={20} total={list.data.total} onChange={setPage} />
      ) : null}
    </>
  );
}
