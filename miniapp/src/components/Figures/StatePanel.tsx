import type { ComponentProps } from 'react';
import type { StatsMeta, StatsQuery } from '@xinghuo/shared';
import FigurePanel, { type PanelFigure } from '../FigurePanel';
import { useFigure, type FigureSource, type FigureState } from './use-figure';

type PanelProps = Omit<ComponentProps<typeof FigurePanel>, 'figure' | 'error' | 'onRetry'>;

interface StateProps<T> extends PanelProps {
  state: FigureState<T>;
  /** The chart and table of the answer, once it is in. */
  draw: (data: T) => PanelFigure;
}

/** A panel drawn from one figures answer: loading, errors and retry come with the answer. */
export function StatePanel<T>({ state, draw, ...panel }: StateProps<T>) {
  const data = state.current;
  return (
    <FigurePanel
      {...panel}
      figure={data ? draw(data) : null}
      error={state.error}
      onRetry={state.reload}
    />
  );
}

interface RouteProps<T> extends Omit<StateProps<T>, 'state'> {
  /** Names the route in data keys. */
  route: string;
  src: FigureSource | null;
  load: (q: StatsQuery) => Promise<T>;
}

/** A panel with a figures route of its own, loaded for the page's query. */
export function RoutePanel<T extends StatsMeta>({ route, src, load, ...rest }: RouteProps<T>) {
  const state = useFigure(route, src, load);
  return <StatePanel {...rest} state={state} />;
}
