import AdminLayout from '../../components/AdminLayout';
import TodayBoard from '../../components/Figures/TodayBoard';

/** Today in the organizer's region, live. */
export default function OrganizerToday() {
  return (
    <AdminLayout
      role="organizer"
      nav="today"
      title="今日实况"
      subtitle="今天辖区内的打卡，页面打开时每10秒自动刷新"
    >
      <TodayBoard />
    </AdminLayout>
  );
}
