import type { AudienceGroup, Topic, VenueKind } from '../domain';
import type { CheckInRejectionCode } from '../errors';
import type { RegionRef } from './regions';

/** A calendar day in the venues' local time, `YYYY-MM-DD`. */
export type LocalDate = string;

/**
 * The query every figures route takes. `from` and `to` are both included. `region` (organizers
 * only) narrows the figures to a region inside the caller's subtree, for drill-down; outside it
 * the answer is 403.
 */
export interface StatsQuery {
  from: LocalDate;
  to: LocalDate;
  region?: string;
}

/** Self-declared audience group, or `unknown` for visitors who never said. */
export type AudienceGroupKey = AudienceGroup | 'unknown';

export interface StatsPeriod {
  from: LocalDate;
  to: LocalDate;
  days: number;
}

/** What the figures cover: a region subtree (organizers) or one venue (staff). */
export interface StatsScope {
  kind: 'region' | 'venue';
  /** Region code, or venue id. */
  id: string;
  name: string;
  /** The region itself, or the venue's region. */
  region: RegionRef;
  /** From the caller's own root down to `region`, for breadcrumbs when drilling down. */
  path: RegionRef[];
}

/** Carried by every figures response. */
export interface StatsMeta {
  scope: StatsScope;
  period: StatsPeriod;
  /**
   * Every check-in recorded before this instant is in the figures (aggregates are folded a
   * second or two after the scans arrive). Null before the first fold.
   */
  asOf: string | null;
}

export interface RejectionCount {
  reason: CheckInRejectionCode;
  count: number;
}

/** The headline counts for one scope and period. All exact. */
export interface Figures {
  /** Accepted check-ins (stamps given), offline replays included. */
  checkIns: number;
  /**
   * Of `checkIns`, the stamps of backdated offline scans from an earlier stamp period than the one
   * they arrived in: at most one per visitor, checkpoint and campaign (shown apart, since a phone's
   * clock decides their day).
   */
  offlineReplays: number;
  /** Distinct visitors with at least one accepted check-in in the scope and period. */
  uniqueVisitors: number;
  /** Scans answered with a stamp the visitor already had. */
  repeats: number;
  /** Refused scans. */
  rejections: number;
  /** Largest first; reasons with none are left out. */
  rejectionsByReason: RejectionCount[];
}

export interface RegionFigures extends Figures, RegionRef {
  /** Published venues in the region's subtree. */
  venues: number;
  /** Venues with at least one accepted check-in in the period. */
  activeVenues: number;
}

export interface VenueFigures extends Figures {
  id: string;
  name: string;
  kind: VenueKind;
  regionCode: string;
  /** Where it is, below the scope's own region (e.g. 路北区 · 果园乡). */
  place: string;
}

/** `GET /api/stats/overview` */
export interface StatsOverviewResponse extends StatsMeta, Figures {
  activeVenues: number;
  /** One row per region one level down (none for a township or a venue), largest first. */
  byChildRegion: RegionFigures[];
  /** Every venue of the scope with figures or published, largest first. */
  byVenue: VenueFigures[];
}

export interface DayFigures {
  day: LocalDate;
  checkIns: number;
  uniqueVisitors: number;
  repeats: number;
  rejections: number;
}

/** `GET /api/stats/daily`: every day of the period, days without check-ins included. */
export interface StatsDailyResponse extends StatsMeta {
  days: DayFigures[];
}

/** `GET /api/stats/hourly`: hours 0–23 of the venues' local time, summed over the period. */
export interface StatsHourlyResponse extends StatsMeta {
  hours: Array<{ hour: number; checkIns: number }>;
}

export const VENUE_SORT_KEYS = [
  'checkIns',
  'uniqueVisitors',
  'repeats',
  'rejections',
  'name',
] as const;
export type VenueSortKey = (typeof VENUE_SORT_KEYS)[number];

/** `GET /api/stats/venues?sort=&order=&limit=&offset=` (default: checkIns, desc, 50, 0). */
export interface StatsVenuesQuery extends StatsQuery {
  sort?: VenueSortKey;
  order?: 'asc' | 'desc';
  limit?: number;
  offset?: number;
}

export interface StatsVenuesResponse extends StatsMeta {
  items: VenueFigures[];
  /** Venues in the scope, before `limit` and `offset`. */
  total: number;
}

/** Check-ins by venue kind. Unique visitors are not split by kind (a visitor may see several). */
export interface VenueKindFigures {
  kind: VenueKind;
  /** Published venues of the kind in the scope. */
  venues: number;
  activeVenues: number;
  checkIns: number;
  repeats: number;
  rejections: number;
}

/** `GET /api/stats/venue-kinds`: every kind, in VENUE_KINDS order. */
export interface StatsVenueKindsResponse extends StatsMeta {
  items: VenueKindFigures[];
}

/** `GET /api/stats/audience-groups`: every group and `unknown`. */
export interface StatsAudienceGroupsResponse extends StatsMeta {
  items: Array<{ group: AudienceGroupKey; checkIns: number; uniqueVisitors: number }>;
}

/** `GET /api/stats/regions`: the scope's child regions (same rows as the overview's). */
export interface StatsRegionsResponse extends StatsMeta {
  items: RegionFigures[];
}

/**
 * A median read from a histogram of whole-minute buckets, so it is approximate: the true median
 * lies within `errorMinutes` of `minutes`.
 */
export interface ApproximateMinutes {
  minutes: number;
  approximate: true;
  errorMinutes: number;
}

/**
 * Trail figures count visitors by the day they collected their first stamp of the trail (the
 * period selects who started in it); their progress is as of now.
 */
export interface TrailFigures {
  id: string;
  name: string;
  topic: Topic;
  /** Distinct checkpoints on the trail. */
  stops: number;
  /** Accepted check-ins at the trail's checkpoints in the period. */
  stamps: number;
  /** Visitors who collected their first stamp of the trail in the period. */
  started: number;
  /** Of them, visitors holding every stamp. */
  finished: number;
  /** From first stamp to finish, over those who finished; null when nobody did. */
  medianMinutesToFinish: ApproximateMinutes | null;
}

/** `GET /api/stats/trails`: the trails whose every stop lies in the scope. */
export interface StatsTrailsResponse extends StatsMeta {
  items: TrailFigures[];
}

export interface TrailFunnel extends TrailFigures {
  /** `steps[k - 1]`: visitors holding at least k of its stamps (so `steps[0].visitors === started`). */
  steps: Array<{ stamps: number; visitors: number }>;
}

/** `GET /api/stats/funnels?trail=&group=`: one trail or all in scope; one audience group or all. */
export interface StatsFunnelsQuery extends StatsQuery {
  trail?: string;
  group?: AudienceGroupKey;
}

export interface StatsFunnelsResponse extends StatsMeta {
  items: TrailFunnel[];
}

export interface TopicFigures {
  topic: Topic;
  /** Trails of the topic in the scope. */
  trails: number;
  /** Accepted check-ins at checkpoints on those trails (a checkpoint counts once per topic). */
  stamps: number;
  started: number;
  finished: number;
}

/** `GET /api/stats/topics`: topics with at least one trail in the scope. */
export interface StatsTopicsResponse extends StatsMeta {
  items: TopicFigures[];
}

export interface LearningFigures {
  stamps: number;
  /** Questions answered (one answer per stamp at most). */
  answered: number;
  /** Answered right at the first (and only judged) try. */
  firstTryCorrect: number;
  /** `firstTryCorrect / answered`, null with no answers. */
  correctRate: number | null;
}

export interface CheckpointLearning extends LearningFigures {
  checkpointId: string;
  name: string;
  venueId: string;
  venueName: string;
  hasQuestion: boolean;
}

export interface TrailLearning extends LearningFigures {
  trailId: string;
  name: string;
}

/** `GET /api/stats/learning`: stamps are counted by the stamp's day, answers by their stamp's day. */
export interface StatsLearningResponse extends StatsMeta {
  totals: LearningFigures;
  checkpoints: CheckpointLearning[];
  trails: TrailLearning[];
}

/** `GET /api/stats/compare`: the period and the one of equal length just before it. */
export interface StatsCompareResponse extends StatsMeta {
  current: { period: StatsPeriod; figures: Figures };
  previous: { period: StatsPeriod; figures: Figures };
  /** Day by day, aligned by position in the period (`previous[i]` is `days` days before `current[i]`). */
  daily: Array<{ current: DayFigures; previous: DayFigures }>;
}

/** `GET /api/stats/today`: the caller's scope today, for a screen that refreshes every 10 s. */
export interface StatsTodayResponse extends StatsMeta, Figures {
  hours: Array<{ hour: number; checkIns: number }>;
  /** Most stamped first, at most 50. */
  checkpoints: Array<{ checkpointId: string; name: string; venueName: string; checkIns: number }>;
}

/** Query of `GET /api/exports/check-ins.csv|.xlsx` and `GET /api/exports/figures.csv|.xlsx`. */
export type ExportQuery = StatsQuery;
/** Query of `GET /api/reports/activity.pdf|.docx`. */
export type ReportQuery = StatsQuery;
