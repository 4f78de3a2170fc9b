import { AUDIENCE_GROUPS, TOPICS, VENUE_KINDS, VENUE_KIND_LABELS } from '@xinghuo/shared';
import type { ActivityReportData, HeadlineFigures, VenueRow } from './activity-report.types';

const CITIES = [
  '石家庄市',
  '唐山市',
  '秦皇岛市',
  '邯郸市',
  '邢台市',
  '保定市',
  '张家口市',
  '承德市',
  '沧州市',
  '廊坊市',
  '衡水市',
];
const COUNTIES = ['路北区', '丰润区', '迁安市', '滦州市', '遵化市', '玉田县', '乐亭县', '磴口县'];
const TOWNS = ['果园乡', '新华街道', '沙流河镇', '黄各庄镇', '韩城镇', '胥各庄街道'];

/** A deterministic pseudo-random sequence (mulberry32), so samples are the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function isoDay(start: string, offset: number): string {
  const d = new Date(`${start}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
}

/**
 * A province's month with the skew real figures have (weekends, afternoons, a few popular venues):
 * for the report benchmark and the renderers' tests. Not a stand-in for the stats service.
 */
export function sampleActivityReport(venueCount = 250, days = 30): ActivityReportData {
  const rnd = random(20250901);
  const venues: VenueRow[] = Array.from({ length: venueCount }, (_, i) => {
    const kind = VENUE_KINDS[i % VENUE_KINDS.length]!;
    const city = CITIES[i % CITIES.length]!;
    const county = COUNTIES[i % COUNTIES.length]!;
    const popularity = Math.round(40_000 / (1 + i * 0.35) + rnd() * 400);
    return {
      name: `${city.slice(0, -1)}${county.slice(0, -1)}${i % 3 === 0 ? '青少年' : ''}${VENUE_KIND_LABELS[kind]}${i + 1}号`,
      kind,
      place: `${city}${county}${TOWNS[i % TOWNS.length]}`,
      checkIns: popularity,
      visitors: Math.round(popularity * 0.62),
      repeatScans: Math.round(popularity * 0.08),
    };
  }).sort((a, b) => b.checkIns - a.checkIns);
  const checkIns = venues.reduce((s, v) => s + v.checkIns, 0);
  const share = (weights: number[]) => {
    const total = weights.reduce((a, b) => a + b, 0);
    return weights.map((w) => Math.round((checkIns * w) / total));
  };

  const dayWeights = Array.from(
    { length: days },
    (_, d) => ([5, 6].includes(d % 7) ? 1.8 : 1) * (0.8 + rnd() * 0.4),
  );
  const dailyCounts = share(dayWeights);
  const hourWeights = Array.from({ length: 24 }, (_, h) =>
    h < 8 || h > 20 ? 0 : 1 + Math.sin(((h - 8) / 12) * Math.PI) * (h >= 13 ? 1.6 : 1),
  );
  const figures = (scale: number): HeadlineFigures => ({
    checkIns: Math.round(checkIns * scale),
    visitors: Math.round(checkIns * 0.41 * scale),
    repeatScans: Math.round(checkIns * 0.08 * scale),
    rejections: {
      OUT_OF_GEOFENCE: Math.round(checkIns * 0.012 * scale),
      VENUE_CLOSED: Math.round(checkIns * 0.006 * scale),
      QR_EXPIRED: Math.round(checkIns * 0.004 * scale),
      QR_INVALID: Math.round(checkIns * 0.001 * scale),
    },
    activeVenues: Math.round(venueCount * (scale === 1 ? 0.96 : 0.8)),
  });

  return {
    region: { code: '130000', name: '河北省', level: 'province' },
    campaignName: '2025年全国科普月',
    period: { from: '2025-09-01', to: isoDay('2025-09-01', days - 1) },
    figures: figures(1),
    previous: {
      period: { from: isoDay('2025-09-01', -days), to: '2025-08-31' },
      figures: figures(0.72),
    },
    daily: dailyCounts.map((n, d) => ({
      date: isoDay('2025-09-01', d),
      checkIns: n,
      visitors: Math.round(n * 0.7),
    })),
    hourly: share(hourWeights).map((n, hour) => ({ hour, checkIns: n })),
    byVenueKind: VENUE_KINDS.map((kind, i) => ({
      kind,
      venues: venues.filter((v) => v.kind === kind).length,
      checkIns: share([6, 4, 3, 2, 1.5, 1])[i]!,
    })),
    byAudienceGroup: AUDIENCE_GROUPS.map((group, i) => ({
      group,
      checkIns: share([42, 14, 11, 9, 4, 20])[i]!,
      visitors: Math.round(share([42, 14, 11, 9, 4, 20])[i]! * 0.4),
    })),
    byTopic: TOPICS.map((topic, i) => ({
      topic,
      checkIns: Math.round((checkIns * 0.6) / (2 + i)),
    })).sort((a, b) => b.checkIns - a.checkIns),
    childRegions: CITIES.map((name, i) => {
      const own = venues.filter((_, v) => v % CITIES.length === i);
      const sumOf = (f: (v: VenueRow) => number) => own.reduce((s, v) => s + f(v), 0);
      return {
        code: `13${String(i + 1).padStart(2, '0')}00`,
        name,
        venues: own.length,
        activeVenues: own.length - (i % 3),
        checkIns: sumOf((v) => v.checkIns),
        visitors: sumOf((v) => v.visitors),
      };
    }).sort((a, b) => b.checkIns - a.checkIns),
    venues,
    townships: { withVenues: 164, reached: 151 },
    trails: [
      '机器人探秘之旅',
      '防灾避险安全行',
      '航天科技追梦路',
      '低碳生活我先行',
      '乡村振兴科技路',
    ].map((name, i) => {
      const stops = 3 + (i % 4);
      const started = Math.round(9000 / (i + 1));
      const reached = Array.from({ length: stops }, (_, k) => Math.round(started * 0.72 ** k));
      return {
        name,
        stops,
        started,
        reached,
        finished: reached[stops - 1]!,
        medianMinutesToFinish: 95 + i * 40,
      };
    }),
    learning: {
      checkpoints: venues.slice(0, 40).map((v, i) => ({
        name: ['机器人展区', '地震体验馆', '航天展厅', '节水互动区'][i % 4]!,
        venueName: v.name,
        stamps: v.checkIns,
        answered: Math.round(v.checkIns * 0.55),
        firstTryCorrect: Math.round(v.checkIns * 0.55 * (0.6 + rnd() * 0.3)),
      })),
      trails: ['机器人探秘之旅', '防灾避险安全行'].map((name, i) => ({
        name,
        stamps: 20_000 - i * 6000,
        answered: 11_000 - i * 3000,
        firstTryCorrect: 8_100 - i * 2500,
      })),
    },
    approximate: [],
    generatedOn: '2025-10-08',
  };
}
