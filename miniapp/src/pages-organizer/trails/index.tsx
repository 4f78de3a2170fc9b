import AdminLayout from '../../components/AdminLayout';
import { EmptyState } from '../../components/StateView';

export default function Page() {
  return (
    <AdminLayout role="organizer" nav="trails" title="路线管理">
      <EmptyState title="即将上线" description="此功能正在建设中。" />
    </AdminLayout>
  );
}
