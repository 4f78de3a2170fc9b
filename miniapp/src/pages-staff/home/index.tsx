import { Text, View } from '@tarojs/components';
import { adminApi } from '../../api/admin';
import AdminLayout from '../../components/AdminLayout';
import TodayStrip from '../../components/Figures/TodayStrip';
import StatusTag from '../../components/StatusTag';
import TaskTiles, { SectionLinks } from '../../components/TaskTiles';
import type { VenueStatus } from '@xinghuo/shared';
import { VENUE_LOOK, type StatusLook } from '../../lib/admin-labels';
import { useMe } from '../../services/admin-me';
import { openSection } from '../../services/nav';
import { useAsync } from '../../services/use-async';

/** The staff member's workbench: their venue, what waits for them, and every section. */
export default function StaffHome() {
  return (
    <AdminLayout role="staff" nav="home" title="工作台" subtitle={<VenueLine />}>
      <TodayStrip role="staff" />
      <StaffTasks />
      <Text className="admin-section-title">常用功能</Text>
      <SectionLinks role="staff" />
    </AdminLayout>
  );
}

function VenueLine() {
  const me = useMe();
  const venue = me.data?.venue;
  if (!venue) return null;
  const look = VENUE_LOOK[venue.status as VenueStatus] as StatusLook | undefined;
  return (
    <View className="head-line">
      <Text id="staff-venue-name">{venue.name}</Text>
      {me.data?.region ? <Text> · {me.data.region.fullName}</Text> : null}
      {look ? <StatusTag look={look} /> : null}
    </View>
  );
}

function StaffTasks() {
  const counts = useAsync('staff-tasks', async () => {
    const [consent, pending, returned] = await Promise.all([
      adminApi.trails({ awaitingMyConsent: true, pageSize: 1 }),
      adminApi.reviews({ status: 'pending', pageSize: 1 }),
      adminApi.reviews({ status: 'returned', pageSize: 1 }),
    ]);
    return { consent: consent.total, pending: pending.total, returned: returned.total };
  });
  const c = counts.data;
  return (
    <TaskTiles
      tasks={[
        {
          key: 'consent',
          label: '待我确认的路线',
          count: c?.consent ?? null,
          hint: '其他场馆邀请本馆加入的路线',
          onClick: () => openSection('staffTrails'),
        },
        {
          key: 'pending',
          label: '审核中的修改',
          count: c?.pending ?? null,
          hint: '通过前游客仍看到原内容',
          onClick: () => openSection('staffRevisions'),
        },
        {
          key: 'returned',
          label: '被退回的修改',
          count: c?.returned ?? null,
          hint: '查看组织方意见后重新提交',
          onClick: () => openSection('staffRevisions'),
        },
      ]}
    />
  );
}
