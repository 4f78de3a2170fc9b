import { TOPIC_LABELS, type AdminTrailDto } from '@xinghuo/shared';
import { TRAIL_LOOK } from '../../lib/admin-labels';
import { trailLine } from '../../lib/trail-form';
import type { Column } from '../DataTable';
import { instantColumn, statusColumn, titleColumn } from '../DataTable/columns';

/** The columns every list of trails has, staff's and organizers'. */
export const trailColumns = {
  name: titleColumn<AdminTrailDto>('name', '路线', (t) => ({
    title: t.name,
    sub: trailLine(t, TOPIC_LABELS[t.topic]),
  })),
  proposer: {
    key: 'by',
    title: '发起场馆',
    grow: 1.4,
    sortValue: (t) => t.proposedByVenueName,
    render: (t) => t.proposedByVenueName ?? '组织方',
  } satisfies Column<AdminTrailDto>,
  status: statusColumn<AdminTrailDto>((t) => TRAIL_LOOK[t.status]),
  updated: instantColumn<AdminTrailDto>('updated', '更新时间', (t) => t.updatedAt),
};
