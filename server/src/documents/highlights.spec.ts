import type { ActivityReportData } from './activity-report.types';
import { highlights } from './highlights';

/** A county's week, small enough to check every sentence by hand. */
function county(over: Partial<ActivityReportData> = {}): ActivityReportData {
  return {
    region: { code: '130203', name: '路北区', level: 'county' },
    campaignName: '2025年全国科普月',
    period: { from: '2025-09-01', to: '2025-09-07' },
    figures: {
      checkIns: 20_000,
      visitors: 8_000,
      repeatScans: 900,
      rejections: { VENUE_CLOSED: 30 },
      activeVenues: 4,
    },
    previous: {
      period: { from: '2025-08-25', to: '2025-08-31' },
      figures: {
        checkIns: 16_000,
        visitors: 8_000,
        repeatScans: 700,
        rejections: {},
        activeVenues: 3,
      },
    },
    daily: [
      { date: '2025-09-01', checkIns: 2_000, visitors: 900 },
      { date: '2025-09-02', checkIns: 2_000, visitors: 900 },
      { date: '2025-09-03', checkIns: 2_000, visitors: 900 },
      { date: '2025-09-04', checkIns: 2_000, visitors: 900 },
      { date: '2025-09-05', checkIns: 2_000, visitors: 900 },
      { date: '2025-09-06', checkIns: 6_000, visitors: 2_500 },
      { date: '2025-09-07', checkIns: 4_000, visitors: 1_900 },
    ],
    hourly: [
      { hour: 10, checkIns: 5_000 },
      { hour: 14, checkIns: 8_000 },
      { hour: 15, checkIns: 7_000 },
    ],
    byVenueKind: [{ kind: 'spark_hall', venues: 4, checkIns: 20_000 }],
    byAudienceGroup: [
      { group: 'teenager', checkIns: 10_000, visitors: 4_000 },
      { group: 'elderly', checkIns: 3_000, visitors: 1_000 },
      { group: 'farmer', checkIns: 2_500, visitors: 1_000 },
      { group: 'other', checkIns: 4_500, visitors: 2_000 },
    ],
    byTopic: [{ topic: 'robotics', checkIns: 12_000 }],
    childRegions: [
      {
        code: '130203001',
        name: '乔屯街道',
        venues: 2,
        activeVenues: 2,
        checkIns: 15_000,
        visitors: 6_000,
      },
      {
        code: '130203002',
        name: '果园乡',
        venues: 2,
        activeVenues: 1,
        checkIns: 5_000,
        visitors: 2_000,
      },
      { code: '130203003', name: '韩城镇', venues: 1, activeVenues: 0, checkIns: 0, visitors: 0 },
    ],
    venues: [
      {
        name: '唐山高新区机器人产业星火馆',
        kind: 'spark_hall',
        place: '乔屯街道',
        checkIns: 12_000,
        visitors: 5_000,
        repeatScans: 500,
      },
      {
        name: '路北区青少年科技馆',
        kind: 'science_museum',
        place: '乔屯街道',
        checkIns: 3_000,
        visitors: 1_000,
        repeatScans: 100,
      },
      {
        name: '果园乡科技小院',
        kind: 'science_courtyard',
        place: '果园乡',
        checkIns: 5_000,
        visitors: 2_000,
        repeatScans: 300,
      },
    ],
    townships: { withVenues: 3, reached: 2 },
    trails: [
      {
        name: '机器人探秘之旅',
        stops: 3,
        started: 1_000,
        reached: [1_000, 600, 250],
        finished: 250,
        medianMinutesToFinish: 95,
      },
      {
        name: '乡村科技行',
        stops: 2,
        started: 0,
        reached: [0, 0],
        finished: 0,
        medianMinutesToFinish: null,
      },
    ],
    learning: {
      checkpoints: [
        {
          name: '机器人展区',
          venueName: '唐山高新区机器人产业星火馆',
          stamps: 12_000,
          answered: 6_000,
          firstTryCorrect: 4_500,
        },
        {
          name: '种子展台',
          venueName: '果园乡科技小院',
          stamps: 5_000,
          answered: 2_000,
          firstTryCorrect: 1_500,
        },
      ],
      trails: [],
    },
    approximate: [],
    generatedOn: '2025-09-08',
    ...over,
  };
}

describe('highlights', () => {
  it('writes the summary, comparison, busiest day and hour, top venue, groups, townships, trails and answers', () => {
    expect(highlights(county())).toEqual([
      '2025年9月1日至9月7日，路北区共有4个场馆参与活动，累计打卡2万人次，服务访客8,000人。',
      '与上一周期（2025年8月25日至8月31日）相比，打卡人次增长25%，访客人数持平。',
      '打卡最多的一天是9月6日（周六），当日6,000人次，是日均的2.1倍。',
      '一天之中14:00–15:00打卡最为集中，占全天的40%。',
      '最受欢迎的场馆是唐山高新区机器人产业星火馆，打卡1.2万人次，占总量的60%。',
      '按打卡人次计，重点人群中青少年占50%，老年人占15%，农民占12.5%。',
      '设有场馆的3个乡镇（街道）中，2个有打卡记录，覆盖率66.7%。',
      '3个下级地区中2个有打卡记录，乔屯街道打卡最多，占75%。',
      '2条主题路线累计1,000人次开始集章，250人次集齐全部印章，完成率25%。',
      '访客在科普卡片上共答题8,000次，首次答对率75%。',
    ]);
  });

  it('says 约 before the figures the stats side estimated', () => {
    const lines = highlights(county({ approximate: ['visitors', 'learning'] }));
    expect(lines[0]).toContain('服务访客约8,000人');
    expect(lines.at(-1)).toContain('共答题约8,000次');
    expect(lines.find((l) => l.includes('集章'))).not.toContain('约');
  });

  it('leaves out what has nothing to compare or report', () => {
    const lines = highlights(
      county({
        previous: null,
        daily: [{ date: '2025-09-01', checkIns: 20_000, visitors: 8_000 }],
        venues: [],
        childRegions: [],
        townships: { withVenues: 0, reached: 0 },
        trails: [],
        learning: { checkpoints: [], trails: [] },
      }),
    );
    expect(lines.join('')).not.toMatch(/上一周期|最多的一天|最受欢迎|乡镇|下级地区|路线|答题/);
    expect(lines[0]).toContain('累计打卡2万人次');
  });

  it('compares nothing against an empty previous period', () => {
    const base = county();
    const lines = highlights({
      ...base,
      previous: { ...base.previous!, figures: { ...base.previous!.figures, checkIns: 0 } },
    });
    expect(lines.join('')).not.toContain('上一周期');
  });

  it('says plainly when there were no check-ins', () => {
    const empty = county();
    empty.figures = { ...empty.figures, checkIns: 0, visitors: 0 };
    expect(highlights(empty)).toEqual(['2025年9月1日至9月7日，路北区暂无打卡记录。']);
  });
});
