import {
  AUDIENCE_GROUP_LABELS,
  QR_MODES,
  TOPIC_LABELS,
  VENUE_KIND_LABELS,
  VENUE_STATUS_LABELS,
  formatOpeningHours,
  isValidOpeningHours,
  type AudienceGroup,
  type Topic,
  type VenueKind,
  type VenueStatus,
} from '@xinghuo/shared';
import { QR_MODE_LABELS } from './admin-labels';

/**
 * Field names and values as people read them, for the review queue (old and new side by side)
 * and the audit trail (before and after). Keys are the API's; unknown ones fall back to a
 * plain rendering, so a field added later still shows.
 */
export const FIELD_LABELS: Record<string, string> = {
  name: '名称',
  kind: '类型',
  host: '主办单位',
  regionCode: '所在地区',
  region: '所在地区',
  description: '介绍',
  address: '地址',
  accessibility: '无障碍与便民设施',
  contact: '联系方式',
  booking: '预约说明',
  location: '位置坐标',
  openingHours: '开放时间',
  closedDates: '闭馆日',
  geofenceRadiusM: '电子围栏',
  status: '状态',
  card: '科普卡片',
  qrMode: '二维码方式',
  qrVersion: '二维码版本',
  active: '开放状态',
  live: '已上线',
  sortOrder: '排序',
  topic: '主题',
  audienceGroups: '重点人群',
  ordered: '打卡顺序',
  estimatedMinutes: '预计用时',
  stops: '路线站点',
  checkpointIds: '路线站点',
  displayName: '姓名',
  username: '用户名',
  role: '角色',
  disabled: '停用',
  mustChangePassword: '需修改密码',
  venueId: '场馆',
  label: '名称',
  comment: '意见',
  reason: '原因',
  version: '版本',
};

export function fieldLabel(key: string): string {
  return FIELD_LABELS[key] ?? key;
}

const yesNo = (v: unknown): string => (v === true ? '有' : v === false ? '无' : '未说明');
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const lines = (parts: Array<string | null | false>): string =>
  parts.filter((p): p is string => !!p).join('\n');

function card(v: Record<string, unknown>): string {
  const q = isRecord(v.question) ? v.question : null;
  const options = Array.isArray(q?.options) ? (q.options as unknown[]) : [];
  return lines([
    `标题：${str(v.title)}`,
    `正文：${str(v.body)}`,
    q ? `题目：${str(q.prompt)}` : '题目：无',
    ...options.map(
      (o, i) =>
        `  ${'ABCDEF'[i] ?? i + 1}. ${String(o)}${i === q?.answerIndex ? '（正确答案）' : ''}`,
    ),
    q ? `解析：${str(q.explanation)}` : null,
  ]);
}

function stops(v: unknown[]): string {
  return v
    .map((s, i) => {
      if (!isRecord(s)) return `${i + 1}. ${String(s)}`;
      const name = str(s.checkpointName) || str(s.name) || str(s.checkpointId);
      const venue = str(s.venueName);
      return `${i + 1}. ${name}${venue ? `（${venue}）` : ''}`;
    })
    .join('\n');
}

/** A value as text; multi-part values (facilities, a science card) take several lines. */
export function formatFieldValue(key: string, value: unknown): string {
  if (value === null || value === undefined) {
    if (key === 'openingHours') return '未设置（任何时间可打卡）';
    if (key === 'geofenceRadiusM') return '未开启';
    return '（无）';
  }
  switch (key) {
    case 'kind':
      return VENUE_KIND_LABELS[value as VenueKind] ?? String(value);
    case 'status':
      return VENUE_STATUS_LABELS[value as VenueStatus] ?? String(value);
    case 'topic':
      return TOPIC_LABELS[value as Topic] ?? String(value);
    case 'audienceGroups':
      return Array.isArray(value)
        ? value.map((g) => AUDIENCE_GROUP_LABELS[g as AudienceGroup] ?? String(g)).join('、') ||
            '不限'
        : String(value);
    case 'ordered':
      return value ? '按顺序打卡' : '不限顺序';
    case 'estimatedMinutes':
      return `${String(value)} 分钟`;
    case 'qrMode':
      return (QR_MODES as readonly unknown[]).includes(value)
        ? QR_MODE_LABELS[value as (typeof QR_MODES)[number]]
        : String(value);
    case 'active':
      return value ? '开放' : '暂停';
    case 'role':
      return value === 'staff' ? '场馆工作人员' : value === 'organizer' ? '组织方' : String(value);
    case 'geofenceRadiusM':
      return `半径 ${String(value)} 米`;
    case 'openingHours':
      return isValidOpeningHours(value) ? formatOpeningHours(value) : JSON.stringify(value);
    case 'closedDates':
      return Array.isArray(value) && value.length ? value.join('、') : '无';
    case 'stops':
    case 'checkpointIds':
      return Array.isArray(value) ? stops(value) : String(value);
  }
  if (key === 'location' && isRecord(value))
    return `纬度 ${String(value.lat)}，经度 ${String(value.lng)}`;
  if (key === 'accessibility' && isRecord(value)) {
    return lines([
      `无障碍通道：${yesNo(value.stepFree)}`,
      `老年人休息座椅：${yesNo(value.elderlySeats)}`,
      `无障碍卫生间：${yesNo(value.accessibleToilet)}`,
      `停车场：${yesNo(value.parking)}`,
      str(value.notes) ? `说明：${str(value.notes)}` : null,
    ]);
  }
  if (key === 'contact' && isRecord(value)) {
    return lines([
      `电话：${str(value.phone) || '—'}`,
      `邮箱：${str(value.email) || '—'}`,
      `网站：${str(value.website) || '—'}`,
    ]);
  }
  if (key === 'booking' && isRecord(value)) {
    return lines([
      value.required ? '需要提前预约' : '无需预约',
      str(value.notes) ? `说明：${str(value.notes)}` : null,
      str(value.url) ? `网址：${str(value.url)}` : null,
    ]);
  }
  if (key === 'card' && isRecord(value)) return card(value);
  if (typeof value === 'boolean') return value ? '是' : '否';
  // An id says little to a person; its start is enough to tell two apart.
  if (/Id$/.test(key) && typeof value === 'string' && value.length > 12)
    return `编号 ${value.slice(0, 8)}`;
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map((v) => formatFieldValue('', v)).join('、');
  if (isRecord(value)) {
    return Object.entries(value)
      .map(([k, v]) => `${fieldLabel(k)}：${formatFieldValue(k, v)}`)
      .join('\n');
  }
  return String(value);
}
