import { useState } from 'react';
import type { CampaignDto, StatsQuery } from '@xinghuo/shared';
import { statsApi } from '../../api/stats';
import {
  beijingDate,
  presetOf,
  presetRange,
  rangeProblem,
  type DateRange,
  type RangePreset,
} from '../../lib/figures-range';
import { useAsync } from '../../services/use-async';

export interface FiguresQueryState {
  /** null until the default period is known (it needs the current campaign). */
  query: StatsQuery | null;
  /** Names the query for data keys. */
  key: string | null;
  preset: RangePreset;
  range: DateRange | null;
  today: string;
  campaign: CampaignDto | null;
  region: string | undefined;
  choosePreset: (preset: Exclude<RangePreset, 'custom'>) => void;
  chooseRange: (range: DateRange) => void;
  chooseRegion: (code: string | undefined) => void;
  /** Today's figures, which refresh on their own. */
  live: boolean;
}

interface Initial {
  from?: string;
  to?: string;
  region?: string;
}

/**
 * The period and region a figures page shows. A link may name them (`?from=&to=&region=`);
 * otherwise the current campaign when one runs, else the last 7 days.
 */
export function useFiguresQuery(initial: Initial): FiguresQueryState {
  const [today] = useState(() => beijingDate(Date.now()));
  const campaignState = useAsync('campaign:current', statsApi.campaign);
  const campaign = campaignState.data?.current ?? null;
  const known = campaignState.data !== undefined || campaignState.error !== undefined;
  const [chosen, setChosen] = useState<{ preset: RangePreset; range: DateRange } | null>(() => {
    const range = { from: initial.from ?? '', to: initial.to ?? '' };
    return rangeProblem(range) ? null : { preset: 'custom', range };
  });
  const [region, setRegion] = useState(initial.region || undefined);

  const fallback = known
    ? (() => {
        const preset: 'campaign' | 'week' = campaign ? 'campaign' : 'week';
        return { preset, range: presetRange(preset, today, campaign) };
      })()
    : null;
  const current = chosen ?? fallback;
  // A linked range that happens to be a preset shows as that preset.
  const preset =
    current && chosen?.preset === 'custom' && known
      ? presetOf(current.range, today, campaign)
      : (current?.preset ?? 'campaign');
  const range = current?.range ?? null;
  const query = range ? { from: range.from, to: range.to, region } : null;

  return {
    query,
    key: query ? `${query.from}|${query.to}|${region ?? ''}` : null,
    preset,
    range,
    today,
    campaign,
    region,
    choosePreset: (p) => setChosen({ preset: p, range: presetRange(p, today, campaign) }),
    chooseRange: (r) => setChosen({ preset: 'custom', range: r }),
    chooseRegion: setRegion,
    live: range !== null && range.to === today,
  };
}
