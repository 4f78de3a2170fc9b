import AdminLayout from '../../components/AdminLayout';
import { EmptyState } from '../../components/StateView';

export default function Page() {
  return (
    <AdminLayout role="any" nav="venue" title="场馆信息">
      <EmptyState title="即将上线" description="此功能正在建设中。" />
    </AdminLayout>
  );
}
