import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import type { RevisionState } from '@xinghuo/shared';
import { formatInstant } from '../../lib/admin-labels';

interface Props {
  revision: RevisionState | null;
  /** What "visitors see" means for this thing (场馆介绍, 这张科普卡片). */
  subject: string;
  /** Shown under a pending revision: e.g. a way to compare with the published text. */
  children?: ReactNode;
  id?: string;
}

/**
 * The review state of public text, as its editors need it: waiting (visitors still see the
 * published text), returned with the organizer's comment, or approved.
 */
export default function RevisionNotice({
  revision,
  subject,
  children,
  id = 'revision-notice',
}: Props) {
  if (!revision || revision.status === 'superseded') return null;
  if (revision.status === 'pending') {
    return (
      <View className="notice notice--warn" id={id} data-status="pending">
        <Text className="notice__title">审核中</Text>
        <Text className="notice__text">
          {formatInstant(revision.submittedAt)} 提交的{subject}
          修改正在等待组织方审核。审核通过前，游客看到的仍是已发布的内容；再次提交会替换这次待审核的修改。
        </Text>
        {children}
      </View>
    );
  }
  if (revision.status === 'returned') {
    return (
      <View className="notice notice--danger" id={id} data-status="returned">
        <Text className="notice__title">已退回 · {formatInstant(revision.decidedAt)}</Text>
        <Text className="notice__text" id="revision-comment">
          组织方意见：{revision.comment || '（未填写）'}
        </Text>
        <Text className="notice__text">请按意见修改后重新提交；游客看到的仍是已发布的内容。</Text>
      </View>
    );
  }
  return (
    <View className="notice notice--ok" id={id} data-status="approved">
      <Text className="notice__title">已通过审核 · {formatInstant(revision.decidedAt)}</Text>
      <Text className="notice__text">
        游客看到的是最新内容。{revision.comment ? `组织方备注：${revision.comment}` : ''}
      </Text>
    </View>
  );
}
