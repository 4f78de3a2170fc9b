import AdminLayout from '../../components/AdminLayout';
import Dashboard from '../../components/Figures/Dashboard';
import { usePageParams } from '../../services/nav';

/** The organizer's dashboard: the region subtree's figures for a period, drill-down, outputs. */
export default function OrganizerFigures() {
  const params = usePageParams('organizerFigures');
  return (
    <AdminLayout
      role="organizer"
      nav="figures"
      title="数据看板"
      subtitle="打卡、访客、答题与路线完成情况；数据每几秒汇总一次，访客人数为精确去重"
    >
      <Dashboard scope="region" initial={params} />
    </AdminLayout>
  );
}
