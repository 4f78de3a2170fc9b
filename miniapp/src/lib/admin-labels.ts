import {
  VENUE_STATUS_LABELS,
  type ConsentStatus,
  type QrMode,
  type RevisionStatus,
  type TrailStatus,
  type VenueStatus,
} from '@xinghuo/shared';

/** How a status looks: the colour family of its tag. */
export type Tone = 'neutral' | 'info' | 'warn' | 'ok' | 'danger';

export interface StatusLook {
  label: string;
  tone: Tone;
}

export const REVISION_LOOK: Record<RevisionStatus, StatusLook> = {
  pending: { label: '待审核', tone: 'warn' },
  approved: { label: '已通过', tone: 'ok' },
  returned: { label: '已退回', tone: 'danger' },
  superseded: { label: '已被新修改替代', tone: 'neutral' },
};

export const TRAIL_LOOK: Record<TrailStatus, StatusLook> = {
  draft: { label: '设计中', tone: 'info' },
  in_review: { label: '审核中', tone: 'warn' },
  published: { label: '已发布', tone: 'ok' },
  rejected: { label: '已退回', tone: 'danger' },
  unpublished: { label: '已下线', tone: 'neutral' },
};

export const VENUE_LOOK: Record<VenueStatus, StatusLook> = {
  draft: { label: VENUE_STATUS_LABELS.draft, tone: 'info' },
  published: { label: VENUE_STATUS_LABELS.published, tone: 'ok' },
  closed: { label: VENUE_STATUS_LABELS.closed, tone: 'neutral' },
};

export const CONSENT_LOOK: Record<ConsentStatus, StatusLook> = {
  pending: { label: '待确认', tone: 'warn' },
  accepted: { label: '已同意', tone: 'ok' },
  declined: { label: '已拒绝', tone: 'danger' },
};

export const QR_MODE_LABELS: Record<QrMode, string> = {
  static: '印刷码',
  rotating: '动态码（大屏）',
};

/** A checkpoint's state for its editors, most important first. */
export function checkpointLook(cp: {
  live: boolean;
  active: boolean;
  latestRevision: { status: RevisionStatus } | null;
}): StatusLook {
  if (!cp.live) {
    return cp.latestRevision?.status === 'returned'
      ? { label: '未通过审核', tone: 'danger' }
      : { label: '待审核上线', tone: 'warn' };
  }
  return cp.active ? { label: '开放', tone: 'ok' } : { label: '已暂停', tone: 'neutral' };
}

/** An account's state: disabled beats a pending first password. */
export function accountLook(a: { disabled: boolean; mustChangePassword: boolean }): StatusLook {
  if (a.disabled) return { label: '已停用', tone: 'danger' };
  if (a.mustChangePassword) return { label: '待首次改密', tone: 'warn' };
  return { label: '正常', tone: 'ok' };
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * "2025-09-03T06:05:00Z" → "2025-09-03 14:05", China time (UTC+8 all year), as admin tables show
 * instants. Written out rather than with Intl time zones, which some WeChat clients lack.
 */
export function formatInstant(iso: string | null | undefined): string {
  if (!iso) return '—';
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return '—';
  const d = new Date(ms + 8 * 3_600_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** Today in China as YYYY-MM-DD, e.g. the default end of a date filter. */
export function chinaDate(ms: number): string {
  const d = new Date(ms + 8 * 3_600_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/**
 * A region's full name below the organizer's own region: in 唐山市's lists "河北省 / 唐山市 /
 * 路南区" reads as "路南区". Outside it (or without a root) the full name stays.
 */
export function regionBelow(fullName: string, rootName: string | undefined): string {
  if (!rootName) return fullName;
  const parts = fullName.split(' / ');
  const at = parts.indexOf(rootName);
  if (at < 0) return fullName;
  return at === parts.length - 1 ? rootName : parts.slice(at + 1).join(' / ');
}

/** A filter's choices from a status's looks: every state, or the ones listed, in order. */
export function lookOptions<K extends string>(
  looks: Record<K, StatusLook>,
  keys: readonly K[] = Object.keys(looks) as K[],
): Array<{ value: K; label: string }> {
  return keys.map((value) => ({ value, label: looks[value].label }));
}
