import type { AuditEntityType, AuditEventDto } from '@xinghuo/shared';
import { fieldLabel, formatFieldValue } from './field-format';

export const ENTITY_LABELS: Record<AuditEntityType, string> = {
  venue: '场馆',
  checkpoint: '打卡点',
  trail: '路线',
  account: '账号',
  review: '审核',
  display_link: '大屏链接',
};

const ACTION_LABELS: Record<string, string> = {
  'venue.create': '新建场馆',
  'venue.update': '修改场馆设置',
  'venue.update_published': '修改并发布场馆信息',
  'venue.publish': '开放场馆',
  'venue.close': '关闭场馆',
  'venue.publish_content': '发布场馆信息',
  'venue.reorder_checkpoints': '调整打卡点顺序',
  'checkpoint.create': '新建打卡点',
  'checkpoint.update': '修改打卡点',
  'checkpoint.publish_content': '发布打卡点内容',
  'checkpoint.revoke_codes': '作废印刷二维码',
  'trail.propose': '发起路线',
  'trail.update': '修改路线',
  'trail.consent_accepted': '同意加入路线',
  'trail.consent_declined': '拒绝加入路线',
  'trail.submit': '提交路线审核',
  'trail.publish': '发布路线',
  'trail.unpublish': '下线路线',
  'trail.return': '退回路线',
  'review.submit': '提交审核',
  'review.approve': '审核通过',
  'review.return': '审核退回',
  'account.create': '新建账号',
  'account.disable': '停用账号',
  'account.enable': '启用账号',
  'account.reset_password': '重置密码',
  'account.change_password': '修改密码',
  'display_link.create': '创建大屏链接',
  'display_link.revoke': '撤销大屏链接',
};

export function actionLabel(action: string): string {
  return ACTION_LABELS[action] ?? action;
}

export interface ChangeLine {
  field: string;
  label: string;
  before: string | null;
  after: string | null;
}

/** Secrets and bookkeeping never shown, even if an event carried them. */
const HIDDEN = new Set([
  'passwordHash',
  'password',
  'temporaryPassword',
  'secretHash',
  'tokenHash',
]);

/**
 * An event's before and after as one line per field, readable: a field only before was
 * removed, only after was set. The server records only the fields that changed.
 */
export function changeLines(e: Pick<AuditEventDto, 'before' | 'after'>): ChangeLine[] {
  const keys = [...new Set([...Object.keys(e.before ?? {}), ...Object.keys(e.after ?? {})])];
  return keys
    .filter((k) => !HIDDEN.has(k))
    .map((k) => ({
      field: k,
      label: fieldLabel(k),
      before: e.before && k in e.before ? formatFieldValue(k, e.before[k]) : null,
      after: e.after && k in e.after ? formatFieldValue(k, e.after[k]) : null,
    }));
}
