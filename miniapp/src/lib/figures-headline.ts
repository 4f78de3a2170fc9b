import {
  formatChange,
  formatCount,
  formatDateRange,
  formatInteger,
  formatPercent,
  relativeChange,
  type Figures,
  type StatsCompareResponse,
  type StatsLearningResponse,
} from '@xinghuo/shared';

/** One headline figure: the value to read, the exact one, and how it compares with before. */
export interface HeadlineTile {
  key: 'checkIns' | 'uniqueVisitors' | 'repeats' | 'rejections';
  label: string;
  unit: string;
  /** 2.7万 */
  value: string;
  /** 26,972, shown when `value` is rounded. */
  exact: string | null;
  /** 增长12.3% / 下降5% / 持平; null when the previous period had none. */
  change: string | null;
  direction: 'up' | 'down' | 'flat' | null;
  hint: string;
}

const TILES: ReadonlyArray<Pick<HeadlineTile, 'key' | 'label' | 'unit' | 'hint'>> = [
  { key: 'checkIns', label: '打卡人次', unit: '人次', hint: '盖章成功的打卡' },
  { key: 'uniqueVisitors', label: '访客人数', unit: '人', hint: '去重后的人数，精确统计' },
  { key: 'repeats', label: '重复扫码', unit: '次', hint: '已集过该章再次扫码' },
  { key: 'rejections', label: '未通过', unit: '次', hint: '二维码、时间或位置不符' },
];

export function headlineTiles(compare: StatsCompareResponse): HeadlineTile[] {
  const now = compare.current.figures;
  const before = compare.previous.figures;
  return TILES.map((t) => {
    const value = now[t.key];
    const change = relativeChange(value, before[t.key]);
    const text = formatChange(value, before[t.key]);
    return {
      ...t,
      value: formatCount(value),
      exact: value >= 10_000 ? formatInteger(value) : null,
      change: text,
      direction: change === null ? null : text === '持平' ? 'flat' : change > 0 ? 'up' : 'down',
    };
  });
}

/** 上期（2025年8月2日至8月31日）: what the comparison is against. */
export function previousLabel(compare: StatsCompareResponse): string {
  const p = compare.previous.period;
  return `较上期（${formatDateRange(p.from, p.to)}）`;
}

/** Of the check-ins, the backdated offline scans counted in a later period than they arrived. */
export function offlineNote(figures: Figures): string | null {
  if (figures.offlineReplays <= 0) return null;
  return `其中离线补传 ${formatInteger(figures.offlineReplays)} 人次（${formatPercent(
    figures.offlineReplays / Math.max(1, figures.checkIns),
  )}），按扫码时间计入当天`;
}

/** The learning headline: answers, how often a stamp with a question was answered, and how well. */
export interface LearningHeadline {
  answered: string;
  /** Stamps at checkpoints that ask a question. */
  askedStamps: string;
  answerRate: string;
  correct: string;
  correctRate: string;
  hasAnswers: boolean;
}

export function learningHeadline(res: StatsLearningResponse): LearningHeadline {
  const asked = res.checkpoints.filter((c) => c.hasQuestion).reduce((s, c) => s + c.stamps, 0);
  const t = res.totals;
  return {
    answered: formatCount(t.answered),
    askedStamps: formatInteger(asked),
    answerRate: asked > 0 ? formatPercent(t.answered / asked) : '—',
    correct: formatInteger(t.firstTryCorrect),
    correctRate: t.correctRate === null ? '—' : formatPercent(t.correctRate),
    hasAnswers: t.answered > 0,
  };
}
