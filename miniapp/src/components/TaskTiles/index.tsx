import { Text, View } from '@tarojs/components';
import type { AdminRole } from '../../lib/admin-access';
import { ADMIN_NAV } from '../../lib/admin-nav';
import { openSection } from '../../services/nav';
import './index.scss';

export interface Task {
  key: string;
  label: string;
  /** null while loading. */
  count: number | null;
  hint: string;
  onClick: () => void;
  /** A figure to know, not work waiting: never highlighted. */
  info?: boolean;
}

/** The workbench's to-do figures: what waits for this person, each opening its list. */
export default function TaskTiles({ tasks }: { tasks: readonly Task[] }) {
  return (
    <View className="task-tiles" id="task-tiles">
      {tasks.map((t) => (
        <View
          key={t.key}
          className={`task-tile ${t.count && !t.info ? 'has-work' : ''}`}
          data-task={t.key}
          onClick={t.onClick}
        >
          <Text className="task-tile__count">{t.count ?? '…'}</Text>
          <Text className="task-tile__label">{t.label}</Text>
          <Text className="task-tile__hint">{t.hint}</Text>
        </View>
      ))}
    </View>
  );
}

/** Every section of the role but the workbench itself, with a line on what it is for. */
export function SectionLinks({ role }: { role: AdminRole }) {
  return (
    <View className="section-links">
      {ADMIN_NAV[role]
        .filter((item) => item.key !== 'home')
        .map((item) => (
          <View
            key={item.key}
            className="section-link"
            data-nav={item.key}
            onClick={() => openSection(item.page)}
          >
            <Text className="section-link__label">{item.label}</Text>
            <Text className="section-link__hint">{item.hint}</Text>
            <Text className="section-link__go">›</Text>
          </View>
        ))}
    </View>
  );
}
