import type {
  CurrentCampaignResponse,
  StatsAudienceGroupsResponse,
  StatsCompareResponse,
  StatsDailyResponse,
  StatsFunnelsQuery,
  StatsFunnelsResponse,
  StatsHourlyResponse,
  StatsLearningResponse,
  StatsOverviewResponse,
  StatsQuery,
  StatsRegionsResponse,
  StatsTodayResponse,
  StatsTopicsResponse,
  StatsTrailsResponse,
  StatsVenueKindsResponse,
  StatsVenuesQuery,
  StatsVenuesResponse,
} from '@xinghuo/shared';
import type { QueryValue } from '../lib/url';
import { adminRequest } from './admin-client';
import { publicRequest } from './http';

type Query = Record<string, QueryValue>;

const get =
  <T, Q extends object = StatsQuery>(route: string) =>
  (q: Q) =>
    adminRequest<T>({ method: 'GET', path: `/api/stats/${route}`, query: q as Query });

/** The figures routes (`GET /api/stats/*`): the caller's scope, or `region` inside it. */
export const statsApi = {
  overview: get<StatsOverviewResponse>('overview'),
  daily: get<StatsDailyResponse>('daily'),
  hourly: get<StatsHourlyResponse>('hourly'),
  venues: get<StatsVenuesResponse, StatsVenuesQuery>('venues'),
  venueKinds: get<StatsVenueKindsResponse>('venue-kinds'),
  audienceGroups: get<StatsAudienceGroupsResponse>('audience-groups'),
  regions: get<StatsRegionsResponse>('regions'),
  trails: get<StatsTrailsResponse>('trails'),
  funnels: get<StatsFunnelsResponse, StatsFunnelsQuery>('funnels'),
  topics: get<StatsTopicsResponse>('topics'),
  learning: get<StatsLearningResponse>('learning'),
  compare: get<StatsCompareResponse>('compare'),
  /** No period: today in Beijing time. */
  today: get<StatsTodayResponse, { region?: string }>('today'),
  /** For the 本次活动 preset; public, so no visitor session is started for it. */
  campaign: () =>
    publicRequest<CurrentCampaignResponse>({ method: 'GET', path: '/api/campaigns/current' }),
};

/** The files of the figures pages: the 活动总结 and the exports, for the same query. */
export const FIGURE_FILES = [
  { key: 'report-pdf', path: '/api/reports/activity.pdf', label: '活动总结 PDF', group: 'report' },
  {
    key: 'report-docx',
    path: '/api/reports/activity.docx',
    label: '活动总结 Word',
    group: 'report',
  },
  {
    key: 'figures-xlsx',
    path: '/api/exports/figures.xlsx',
    label: '统计数据 Excel',
    group: 'figures',
  },
  { key: 'figures-csv', path: '/api/exports/figures.csv', label: '统计数据 CSV', group: 'figures' },
  {
    key: 'check-ins-xlsx',
    path: '/api/exports/check-ins.xlsx',
    label: '打卡明细 Excel',
    group: 'check-ins',
  },
  {
    key: 'check-ins-csv',
    path: '/api/exports/check-ins.csv',
    label: '打卡明细 CSV',
    group: 'check-ins',
  },
] as const;

export type FigureFile = (typeof FIGURE_FILES)[number];
