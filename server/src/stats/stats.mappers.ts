import {
  CHECK_IN_REJECTION_CODES,
  type CheckInRejectionCode,
  type DatePeriod,
  type DayFigures,
  type Figures,
  type LearningFigures,
  type RegionFigures,
  type VenueFigures,
} from '@xinghuo/shared';
import type { CatalogSnapshot } from '../catalog/catalog.service';
import type { Region } from '../regions/region.entity';
import type { Venue } from '../venues/venue.entity';
import { type FigureScope, placeOf } from './stats.scope';

const REJECTIONS = new Set<string>(CHECK_IN_REJECTION_CODES);

/** Headline figures from one scope's counts by outcome and its unique visitors. */
export function figuresOf(outcomes: Map<string, number> | undefined, uniques: number): Figures {
  const figures: Figures = {
    checkIns: 0,
    offlineReplays: 0,
    uniqueVisitors: uniques,
    repeats: 0,
    rejections: 0,
    rejectionsByReason: [],
  };
  for (const [outcome, count] of outcomes ?? []) {
    if (count === 0) continue;
    if (outcome === 'accepted') figures.checkIns += count;
    else if (outcome === 'offline_replay') {
      figures.checkIns += count;
      figures.offlineReplays += count;
    } else if (outcome === 'repeat') figures.repeats += count;
    else if (REJECTIONS.has(outcome)) {
      figures.rejections += count;
      figures.rejectionsByReason.push({ reason: outcome as CheckInRejectionCode, count });
    }
  }
  figures.rejectionsByReason.sort((a, b) => b.count - a.count || (a.reason < b.reason ? -1 : 1));
  return figures;
}

export function dayFiguresOf(
  day: string,
  outcomes: Map<string, number> | undefined,
  uniques: number,
): DayFigures {
  const f = figuresOf(outcomes, uniques);
  return {
    day,
    checkIns: f.checkIns,
    uniqueVisitors: f.uniqueVisitors,
    repeats: f.repeats,
    rejections: f.rejections,
  };
}

export function venueFiguresOf(
  venue: Venue,
  figures: Figures,
  scope: FigureScope,
  snapshot: CatalogSnapshot,
): VenueFigures {
  return {
    id: venue.id,
    name: venue.name,
    kind: venue.kind,
    regionCode: venue.regionCode,
    place: placeOf(venue, scope, snapshot),
    ...figures,
  };
}

export function regionFiguresOf(
  region: Region,
  figures: Figures,
  venues: VenueFigures[],
  published: number,
): RegionFigures {
  return {
    code: region.code,
    name: region.name,
    level: region.level,
    venues: published,
    activeVenues: venues.filter((v) => v.checkIns > 0).length,
    ...figures,
  };
}

export function learningOf(stamps: number, answered: number, correct: number): LearningFigures {
  return {
    stamps,
    answered,
    firstTryCorrect: correct,
    correctRate: answered > 0 ? correct / answered : null,
  };
}

/** Largest first, then by name, so tables read the same on every request. */
export const byCheckInsThenName = <T extends { checkIns: number; name: string }>(a: T, b: T) =>
  b.checkIns - a.checkIns || a.name.localeCompare(b.name, 'zh-CN');

export const periodDto = (p: DatePeriod) => ({ from: p.from, to: p.to, days: p.days });
