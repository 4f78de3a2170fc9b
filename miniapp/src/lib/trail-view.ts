import {
  TOPIC_LABELS,
  formatCount,
  formatInteger,
  formatMinutes,
  formatPercent,
  type ApproximateMinutes,
  type LearningFigures,
  type StatsLearningResponse,
  type StatsTopicsResponse,
  type TrailFigures,
  type TrailFunnel,
} from '@xinghuo/shared';
import { SERIES_COLORS } from './figures-charts';
import type { FigureTable } from './figure-table';
import type { FigureView } from './figures-view';

/** Trails, topics and learning: what visitors finished and learned, not only how many came. */

const int = formatInteger;
const share = (part: number, whole: number) => (whole > 0 ? formatPercent(part / whole) : '—');

/** 约2小时58分钟 — the median is read from buckets, so it always says 约. */
export function medianText(m: ApproximateMinutes | null): string {
  return m ? `约${formatMinutes(m.minutes)}` : '—';
}

/** Started → holding 1, 2, … stamps → finished, each step as a share of those who started. */
export function funnelView(trail: TrailFunnel): FigureView {
  const last = trail.steps.length;
  const label = (k: number) =>
    k === 1 ? '开始（集1枚）' : k === last ? `完成（集齐${k}枚）` : `集${k}枚`;
  return {
    spec: {
      categories: trail.steps.map((s) => label(s.stamps)),
      series: [
        {
          name: '人数',
          values: trail.steps.map((s) => s.visitors),
          color: SERIES_COLORS.checkIns,
          labels: trail.steps.map(
            (s) => `${formatCount(s.visitors)}人（${share(s.visitors, trail.started)}）`,
          ),
        },
      ],
    },
    table: {
      head: [
        { title: '阶段' },
        { title: '人数', numeric: true },
        { title: '占开始人数', numeric: true },
      ],
      rows: trail.steps.map((s) => ({
        key: String(s.stamps),
        cells: [label(s.stamps), int(s.visitors), share(s.visitors, trail.started)],
      })),
    },
  };
}

export function topicView(res: StatsTopicsResponse): FigureView {
  const items = res.items;
  return {
    spec: {
      categories: items.map((t) => TOPIC_LABELS[t.topic]),
      series: [
        { name: '开始路线', values: items.map((t) => t.started), color: SERIES_COLORS.checkIns },
        { name: '完成路线', values: items.map((t) => t.finished), color: SERIES_COLORS.finished },
      ],
    },
    table: {
      head: [
        { title: '主题' },
        { title: '路线', numeric: true },
        { title: '集章', numeric: true },
        { title: '开始人数', numeric: true },
        { title: '完成人数', numeric: true },
        { title: '完成率', numeric: true },
      ],
      rows: items.map((t) => ({
        key: t.topic,
        cells: [
          TOPIC_LABELS[t.topic],
          int(t.trails),
          int(t.stamps),
          int(t.started),
          int(t.finished),
          share(t.finished, t.started),
        ],
      })),
    },
  };
}

/** The trails of the scope: how many started, finished, and how long finishing took. */
export function trailTable(items: readonly TrailFigures[]): FigureTable {
  return {
    head: [
      { title: '路线' },
      { title: '主题' },
      { title: '打卡点', numeric: true },
      { title: '集章', numeric: true },
      { title: '开始人数', numeric: true },
      { title: '完成人数', numeric: true },
      { title: '完成率', numeric: true },
      { title: '完成用时（中位数）', numeric: true },
    ],
    rows: items.map((t) => ({
      key: t.id,
      cells: [
        t.name,
        TOPIC_LABELS[t.topic],
        int(t.stops),
        int(t.stamps),
        int(t.started),
        int(t.finished),
        share(t.finished, t.started),
        medianText(t.medianMinutesToFinish),
      ],
    })),
  };
}

/** The widest error of the medians shown, for the note that says they are approximate. */
export function medianError(items: readonly TrailFigures[]): number | null {
  const errors = items.flatMap((t) =>
    t.medianMinutesToFinish ? [t.medianMinutesToFinish.errorMinutes] : [],
  );
  return errors.length ? Math.max(...errors) : null;
}

/** 答题率: questions answered per stamp at a checkpoint that asks one. */
export function answerRate(f: LearningFigures): number | null {
  return f.stamps > 0 ? f.answered / f.stamps : null;
}

const rateText = (r: number | null) => (r === null ? '—' : formatPercent(r));

const LEARNING_HEAD = [
  { title: '集章', numeric: true },
  { title: '答题', numeric: true },
  { title: '答题率', numeric: true },
  { title: '首次答对', numeric: true },
  { title: '首答正确率', numeric: true },
] as const;

const learningCells = (f: LearningFigures) => [
  int(f.stamps),
  int(f.answered),
  rateText(answerRate(f)),
  int(f.firstTryCorrect),
  rateText(f.correctRate),
];

/**
 * Checkpoints that ask a question, most answered first: the first-try correct rate as bars,
 * with how many answered beside it (a rate of 3 answers says little).
 */
export function learningCheckpointView(res: StatsLearningResponse, top = 10): FigureView {
  const asked = res.checkpoints
    .filter((c) => c.hasQuestion)
    .sort((a, b) => b.answered - a.answered);
  const shown = asked.filter((c) => c.answered > 0).slice(0, top);
  return {
    spec: {
      percent: true,
      categories: shown.map((c) => c.name),
      series: [
        {
          name: '首答正确率',
          values: shown.map((c) => c.correctRate ?? 0),
          color: SERIES_COLORS.learning,
          labels: shown.map(
            (c) => `${rateText(c.correctRate)}（${formatCount(c.answered)}次作答）`,
          ),
        },
      ],
    },
    table: {
      head: [{ title: '打卡点' }, { title: '场馆' }, ...LEARNING_HEAD],
      rows: asked.map((c) => ({
        key: c.checkpointId,
        cells: [c.name, c.venueName, ...learningCells(c)],
      })),
    },
  };
}

export function learningTrailTable(res: StatsLearningResponse): FigureTable {
  return {
    head: [{ title: '路线' }, ...LEARNING_HEAD],
    rows: res.trails.map((t) => ({ key: t.trailId, cells: [t.name, ...learningCells(t)] })),
  };
}
