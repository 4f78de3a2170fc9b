import { Text } from '@tarojs/components';
import type { ReviewDto, RevisionStatus, ReviewSubject } from '@xinghuo/shared';
import { adminApi } from '../../api/admin';
import AdminLayout from '../../components/AdminLayout';
import type { Column } from '../../components/DataTable';
import { statusColumn, titleColumn } from '../../components/DataTable/columns';
import Filters, { Filter } from '../../components/Filters';
import PagedTable from '../../components/PagedTable';
import { EmptyState } from '../../components/StateView';
import { formatInstant, lookOptions, REVISION_LOOK } from '../../lib/admin-labels';
import { SUBJECT_LABELS, SUBJECT_OPTIONS } from '../../lib/review-labels';
import { openPage } from '../../services/nav';
import { useList } from '../../services/use-list';

const STATUS_OPTIONS = lookOptions(REVISION_LOOK);

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
  const { bind, paging } = useList(
    'staff-reviews',
    { status: '' as RevisionStatus | '', subject: '' as ReviewSubject | '' },
    (f, page) =>
      adminApi.reviews({
        status: f.status || undefined,
        subject: f.subject || undefined,
        ...page,
      }),
  );
  const columns: Array<Column<ReviewDto>> = [
    titleColumn<ReviewDto>(
      'what',
      '内容',
      (r) => ({
        title: r.subjectName,
        sub: `${SUBJECT_LABELS[r.subject]}${r.before === null ? ' · 新建' : ''}`,
      }),
      2,
    ),
    {
      key: 'submitted',
      title: '提交',
      grow: 1.6,
      sortValue: (r) => r.submittedAt,
      render: (r) => `${r.submittedBy.displayName} · ${formatInstant(r.submittedAt)}`,
    },
    statusColumn<ReviewDto>((r) => REVISION_LOOK[r.status]),
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
        <Filter label="状态" id="revision-status" options={STATUS_OPTIONS} {...bind('status')} />
        <Filter label="类型" id="revision-subject" options={SUBJECT_OPTIONS} {...bind('subject')} />
      </Filters>
      <PagedTable
        id="revision-table"
        {...paging}
        columns={columns}
        rowKey={(r) => r.id}
        onRowClick={open}
        empty={<EmptyState title="没有符合条件的提交记录" />}
      />
    </>
  );
}
