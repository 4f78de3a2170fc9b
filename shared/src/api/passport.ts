import type { AudienceGroup } from '../domain';
import type { StampDto, TrailProgressDto } from './check-in';

export interface PassportResponse {
  visitor: {
    id: string;
    nickname: string | null;
    audienceGroup: AudienceGroup | null;
    createdAt: string;
  };
  stamps: StampDto[];
  trails: TrailProgressDto[];
}

export interface UpdateProfileRequest {
  nickname?: string | null;
  audienceGroup?: AudienceGroup | null;
}
