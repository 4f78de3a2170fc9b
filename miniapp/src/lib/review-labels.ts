import type { ReviewSubject } from '@xinghuo/shared';

export const SUBJECT_LABELS: Record<ReviewSubject, string> = {
  venue: '场馆信息',
  checkpoint: '打卡点',
  trail: '路线',
};

export const SUBJECT_OPTIONS = (Object.keys(SUBJECT_LABELS) as ReviewSubject[]).map((s) => ({
  value: s,
  label: SUBJECT_LABELS[s],
}));
