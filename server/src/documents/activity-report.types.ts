import type {
  AudienceGroup,
  CheckInRejectionCode,
  RegionLevel,
  Topic,
  VenueKind,
} from '@xinghuo/shared';

/** A calendar day in the region's local time, `YYYY-MM-DD`. */
export type LocalDate = string;

/** Both ends included. */
export interface ReportPeriod {
  from: LocalDate;
  to: LocalDate;
}

export interface HeadlineFigures {
  /** Accepted check-ins (stamps given). */
  checkIns: number;
  /** Distinct visitors with at least one accepted check-in in the period. */
  visitors: number;
  /** Scans answered with a stamp the visitor already had. */
  repeatScans: number;
  /** Refused scans by reason; a reason with none may be left out. */
  rejections: Partial<Record<CheckInRejectionCode, number>>;
  /** Venues with at least one accepted check-in. */
  activeVenues: number;
}

/**
 * Figures the stats side estimated rather than counted; the report marks them 约 and says so.
 * `finishTime`: the trails' median time to finish, read from a histogram of time buckets.
 */
export type ApproximateFigure = 'visitors' | 'trails' | 'learning' | 'finishTime';

export interface RegionRow {
  code: string;
  name: string;
  /** Published venues in the region's subtree. */
  venues: number;
  activeVenues: number;
  checkIns: number;
  visitors: number;
}

export interface VenueRow {
  name: string;
  kind: VenueKind;
  /** Where it is, as a reader of this region's report needs it (e.g. 路北区 · 果园乡). */
  place: string;
  checkIns: number;
  visitors: number;
  repeatScans: number;
}

export interface TrailCompletion {
  name: string;
  stops: number;
  /** Visitors with at least one stamp of the trail. */
  started: number;
  /** `reached[k - 1]`: visitors holding at least k of its stamps (so `reached[0] === started`). */
  reached: number[];
  /** Visitors holding every stamp. */
  finished: number;
  /** From first to last stamp, over the visitors who finished; null when nobody did. */
  medianMinutesToFinish: number | null;
}

/** Science-card questions at one checkpoint, or over one trail's checkpoints. */
export interface LearningRow {
  name: string;
  /** The checkpoint's venue; absent for a trail. */
  venueName?: string;
  stamps: number;
  answered: number;
  /** Answers right at the first try (a visitor answers each question once). */
  firstTryCorrect: number;
}

/**
 * Everything the 活动总结 shows, for one region and date range. The stats service fills it from the
 * aggregates (the same numbers the dashboard shows); the renderers only format and lay out.
 * Lists come in the order they are to be read (tables: largest first).
 */
export interface ActivityReportData {
  region: { code: string; name: string; level: RegionLevel };
  campaignName: string;
  period: ReportPeriod;
  figures: HeadlineFigures;
  /** The period of equal length just before, or null when there is none to compare with. */
  previous: { period: ReportPeriod; figures: HeadlineFigures } | null;
  /** Every day of the period, days without check-ins included. */
  daily: Array<{ date: LocalDate; checkIns: number; visitors: number }>;
  /** Hours 0–23 of the venues' local time, summed over the period. */
  hourly: Array<{ hour: number; checkIns: number }>;
  byVenueKind: Array<{ kind: VenueKind; venues: number; checkIns: number }>;
  byAudienceGroup: Array<{ group: AudienceGroup; checkIns: number; visitors: number }>;
  byTopic: Array<{ topic: Topic; checkIns: number }>;
  /** One row per region one level down; empty for a township. */
  childRegions: RegionRow[];
  venues: VenueRow[];
  /** Townships (乡镇街道) in the region that have a published venue, and how many of them had check-ins. */
  townships: { withVenues: number; reached: number };
  trails: TrailCompletion[];
  learning: { checkpoints: LearningRow[]; trails: LearningRow[] };
  approximate: ApproximateFigure[];
  /** The day the report is made, printed on the cover. */
  generatedOn: LocalDate;
}
