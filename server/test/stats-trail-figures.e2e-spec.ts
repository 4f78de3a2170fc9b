import type {
  StatsFunnelsResponse,
  StatsLearningResponse,
  StatsTopicsResponse,
  StatsTrailsResponse,
} from '@xinghuo/shared';
import type { TestApp } from './support/app';
import { IDS } from './support/fixture';
import { type Figures, startFigures } from './support/stats-scenario';

const PERIOD = 'from=2025-09-10&to=2025-09-12';

/** The trail and learning figures, counted by hand from the scenario in support/stats-scenario.ts. */
describe('trail and learning figures on a known history', () => {
  let t: TestApp;
  let national: string;
  let tangshan: string;
  let get: Figures['get'];

  beforeAll(async () => {
    ({ t, national, tangshan, get } = await startFigures());
  });
  afterAll(async () => {
    await t.stop();
  });

  it('trails, their funnels, the median time to finish, and topics', async () => {
    const tr = await get<StatsTrailsResponse>(national, `/api/stats/trails?${PERIOD}`);
    expect(tr.items).toEqual([
      {
        id: IDS.trailTangshan,
        name: '唐山智造之旅',
        topic: 'robotics',
        stops: 3,
        stamps: 7,
        started: 3,
        finished: 1,
        medianMinutesToFinish: { minutes: 1620, approximate: true, errorMinutes: 180 },
      },
      expect.objectContaining({
        id: IDS.trailShaoguan,
        stamps: 1,
        started: 1,
        finished: 1,
        medianMinutesToFinish: { minutes: 2.5, approximate: true, errorMinutes: 2.5 },
      }),
    ]);
    const f = await get<StatsFunnelsResponse>(
      national,
      `/api/stats/funnels?${PERIOD}&trail=${IDS.trailTangshan}`,
    );
    expect(f.items.map((i) => i.steps)).toEqual([
      [
        { stamps: 1, visitors: 3 },
        { stamps: 2, visitors: 2 },
        { stamps: 3, visitors: 1 },
      ],
    ]);
    const teen = await get<StatsFunnelsResponse>(
      national,
      `/api/stats/funnels?${PERIOD}&trail=${IDS.trailTangshan}&group=teenager`,
    );
    expect(teen.items[0]).toMatchObject({ started: 1, finished: 1 });
    // Started on the 10th: nobody started it on the 12th but D.
    const late = await get<StatsFunnelsResponse>(
      national,
      `/api/stats/funnels?from=2025-09-12&to=2025-09-12&trail=${IDS.trailTangshan}`,
    );
    expect(late.items[0]).toMatchObject({ started: 1, finished: 0 });

    const topics = await get<StatsTopicsResponse>(national, `/api/stats/topics?${PERIOD}`);
    expect(topics.items).toEqual([
      { topic: 'robotics', trails: 1, stamps: 7, started: 3, finished: 1 },
      { topic: 'disaster_prevention', trails: 1, stamps: 1, started: 1, finished: 1 },
    ]);
    // The 韶关 trail does not lie in 唐山.
    const local = await get<StatsTrailsResponse>(tangshan, `/api/stats/trails?${PERIOD}`);
    expect(local.items.map((i) => i.id)).toEqual([IDS.trailTangshan]);
  });

  it('learning: stamps, questions answered, first-try correct', async () => {
    const l = await get<StatsLearningResponse>(national, `/api/stats/learning?${PERIOD}`);
    expect(l.totals).toEqual({ stamps: 8, answered: 3, firstTryCorrect: 2, correctRate: 2 / 3 });
    expect(l.checkpoints[0]).toMatchObject({
      checkpointId: IDS.cpOpen1,
      stamps: 4,
      answered: 3,
      firstTryCorrect: 2,
      hasQuestion: true,
    });
    expect(l.trails.find((x) => x.trailId === IDS.trailTangshan)).toMatchObject({
      stamps: 7,
      answered: 3,
      firstTryCorrect: 2,
    });
  });
});
