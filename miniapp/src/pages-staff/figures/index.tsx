import AdminLayout from '../../components/AdminLayout';
import Dashboard from '../../components/Figures/Dashboard';
import { usePageParams } from '../../services/nav';

/** The staff member's figures: their own venue for a period, and its outputs. */
export default function StaffFigures() {
  const params = usePageParams('staffFigures');
  return (
    <AdminLayout
      role="staff"
      nav="figures"
      title="数据统计"
      subtitle="本馆的打卡、访客、答题与路线完成情况"
    >
      <Dashboard scope="venue" initial={params} />
    </AdminLayout>
  );
}
