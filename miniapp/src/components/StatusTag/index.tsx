import { Text } from '@tarojs/components';
import type { StatusLook } from '../../lib/admin-labels';
import './index.scss';

/** A state as a small coloured label: 待审核, 已发布, 已停用… (looks in lib/admin-labels.ts). */
export default function StatusTag({ look, id }: { look: StatusLook; id?: string }) {
  return (
    <Text className={`status-tag status-tag--${look.tone}`} id={id} data-tone={look.tone}>
      {look.label}
    </Text>
  );
}
