import type { CampaignDto } from '@xinghuo/shared';
import type { Campaign } from './campaign.entity';

export function toCampaignDto(c: Campaign): CampaignDto {
  return {
    id: c.id,
    name: c.name,
    theme: c.theme,
    startsAt: c.startsAt.toISOString(),
    endsAt: c.endsAt.toISOString(),
    stampRule: c.stampRule,
    regionCode: c.regionCode,
  };
}
