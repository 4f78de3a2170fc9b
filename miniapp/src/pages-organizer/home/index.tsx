import { Text } from '@tarojs/components';
import { adminApi } from '../../api/admin';
import AdminLayout from '../../components/AdminLayout';
import TodayStrip from '../../components/Figures/TodayStrip';
import TaskTiles, { SectionLinks } from '../../components/TaskTiles';
import { useMe } from '../../services/admin-me';
import { openSection } from '../../services/nav';
import { useAsync } from '../../services/use-async';

/** The organizer's workbench: the review queue and venues of their region, and every section. */
export default function OrganizerHome() {
  return (
    <AdminLayout role="organizer" nav="home" title="工作台" subtitle={<RegionLine />}>
      <TodayStrip role="organizer" />
      <OrganizerTasks />
      <Text className="admin-section-title">常用功能</Text>
      <SectionLinks role="organizer" />
    </AdminLayout>
  );
}

function RegionLine() {
  const me = useMe();
  const region = me.data?.region;
  return region ? (
    <Text id="organizer-region">管辖范围：{region.fullName || region.name}</Text>
  ) : null;
}

function OrganizerTasks() {
  const counts = useAsync('organizer-tasks', async () => {
    const [content, trails, drafts, venues] = await Promise.all([
      adminApi.reviews({ status: 'pending', pageSize: 1 }),
      adminApi.reviews({ status: 'pending', subject: 'trail', pageSize: 1 }),
      adminApi.venues({ status: 'draft', pageSize: 1 }),
      adminApi.venues({ pageSize: 1 }),
    ]);
    return {
      content: content.total - trails.total,
      trails: trails.total,
      drafts: drafts.total,
      venues: venues.total,
    };
  });
  const c = counts.data;
  return (
    <TaskTiles
      tasks={[
        {
          key: 'reviews',
          label: '待审核内容',
          count: c?.content ?? null,
          hint: '场馆介绍、科普卡片的修改',
          onClick: () => openSection('organizerReviews'),
        },
        {
          key: 'trails',
          label: '待审核路线',
          count: c?.trails ?? null,
          hint: '各场馆已同意、已提交的路线',
          onClick: () => openSection('organizerTrails'),
        },
        {
          key: 'drafts',
          label: '筹备中的场馆',
          count: c?.drafts ?? null,
          hint: '尚未向游客开放',
          onClick: () => openSection('organizerVenues'),
        },
        {
          key: 'venues',
          label: '辖区场馆',
          count: c?.venues ?? null,
          hint: '含筹备中和已关闭',
          info: true,
          onClick: () => openSection('organizerVenues'),
        },
      ]}
    />
  );
}
