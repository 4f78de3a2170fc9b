import AdminLayout from '../../components/AdminLayout';
import { EmptyState } from '../../components/StateView';

export default function Page() {
  return (
    <AdminLayout role="staff" nav="checkpoints" title="打卡点与海报">
      <EmptyState title="即将上线" description="此功能正在建设中。" />
    </AdminLayout>
  );
}
