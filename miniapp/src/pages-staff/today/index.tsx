import AdminLayout from '../../components/AdminLayout';
import TodayBoard from '../../components/Figures/TodayBoard';

/** Today at the staff member's venue, live: by hour, by checkpoint, refusals. */
export default function StaffToday() {
  return (
    <AdminLayout
      role="staff"
      nav="today"
      title="今日到馆"
      subtitle="今天本馆的打卡，页面打开时每10秒自动刷新"
    >
      <TodayBoard />
    </AdminLayout>
  );
}
