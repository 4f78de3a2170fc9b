import type { StatsMeta, StatsQuery } from '@xinghuo/shared';
import { useAsync, type AsyncState } from '../../services/use-async';

/** What the panels of one figures page load: the query and the key naming it (with the tick). */
export interface FigureSource {
  q: StatsQuery;
  key: string;
}

/** The answer is for the period and region asked (not the previous choice, still on screen). */
export function answers(data: StatsMeta, q: StatsQuery): boolean {
  if (data.period.from !== q.from || data.period.to !== q.to) return false;
  if (q.region) return data.scope.id === q.region;
  return data.scope.kind === 'venue' || data.scope.path.length <= 1;
}

export interface FigureState<T> extends AsyncState<T> {
  /** The data when it answers the current query; the old data stays in `data` meanwhile. */
  current: T | undefined;
  /** When `current` arrived (ms), for "更新于". */
  receivedAt: number | undefined;
}

const received = new WeakMap<object, number>();

/** One figures route for the page's query, loaded again when the query (or the tick) changes. */
export function useFigure<T extends StatsMeta>(
  name: string,
  src: FigureSource | null,
  load: (q: StatsQuery) => Promise<T>,
): FigureState<T> {
  const state = useAsync(src ? `${name}:${src.key}` : null, async () => {
    if (!src) throw new Error('no query');
    const data = await load(src.q);
    received.set(data, Date.now());
    return data;
  });
  const current = state.data && src && answers(state.data, src.q) ? state.data : undefined;
  return { ...state, current, receivedAt: current ? received.get(current) : undefined };
}
