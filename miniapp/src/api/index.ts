import type {
  AnswerResponse,
  AudienceGroup,
  CheckInRequest,
  CheckInResponse,
  CurrentCampaignResponse,
  GeoPoint,
  ListResponse,
  PassportResponse,
  Topic,
  TrailDetail,
  TrailSummary,
  UpdateProfileRequest,
  VenueDetail,
  VenueKind,
  VenueSummary,
} from '@xinghuo/shared';
import { apiRequest } from './client';

export { ApiError } from '../lib/api-error';

const id = (value: string): string => encodeURIComponent(value);

/** Every endpoint the visitor app uses, typed with the shared contract. */
export const api = {
  currentCampaign: () =>
    apiRequest<CurrentCampaignResponse>({ method: 'GET', path: '/api/campaigns/current' }),

  venues: (filter: { near?: GeoPoint; region?: string; kind?: VenueKind }) =>
    apiRequest<ListResponse<VenueSummary>>({
      method: 'GET',
      path: '/api/venues',
      query: {
        near: filter.near
          ? `${filter.near.lat.toFixed(5)},${filter.near.lng.toFixed(5)}`
          : undefined,
        region: filter.region,
        kind: filter.kind,
      },
    }),

  venue: (venueId: string) =>
    apiRequest<VenueDetail>({ method: 'GET', path: `/api/venues/${id(venueId)}` }),

  trails: (filter: { topic?: Topic; audience?: AudienceGroup; region?: string } = {}) =>
    apiRequest<ListResponse<TrailSummary>>({
      method: 'GET',
      path: '/api/trails',
      query: { ...filter },
    }),

  trail: (trailId: string) =>
    apiRequest<TrailDetail>({ method: 'GET', path: `/api/trails/${id(trailId)}` }),

  checkIn: (body: CheckInRequest, idempotencyKey: string) =>
    apiRequest<CheckInResponse>({
      method: 'POST',
      path: '/api/check-ins',
      body,
      headers: { 'Idempotency-Key': idempotencyKey },
      // A scan at a venue with weak signal should fall back to the queue quickly.
      timeoutMs: 10_000,
    }),

  /** The server judges the first answer to a stamp's question; asking again replays it. */
  answer: (checkInId: string, choice: number) =>
    apiRequest<AnswerResponse>({
      method: 'POST',
      path: `/api/check-ins/${id(checkInId)}/answer`,
      body: { choice },
    }),

  passport: () => apiRequest<PassportResponse>({ method: 'GET', path: '/api/me/passport' }),

  updateMe: (body: UpdateProfileRequest) =>
    apiRequest<PassportResponse['visitor']>({ method: 'PATCH', path: '/api/me', body }),

  deleteMe: () => apiRequest<null>({ method: 'DELETE', path: '/api/me' }),
};
