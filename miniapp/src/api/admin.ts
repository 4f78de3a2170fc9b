import type {
  AccountActionRequest,
  AccountDto,
  AccountQuery,
  AccountWithPasswordResponse,
  AdminCheckpointDto,
  AdminTrailDto,
  AdminTrailQuery,
  AdminVenueDto,
  AdminVenueQuery,
  AdminVenueSummary,
  ApproveReviewRequest,
  AuditEventDto,
  AuditQuery,
  ChangePasswordRequest,
  CheckpointWriteResponse,
  CreateAccountRequest,
  CreateCheckpointRequest,
  CreateDisplayLinkResponse,
  CreateVenueRequest,
  CreateVenueResponse,
  DisplayCodeResponse,
  DisplayLinkDto,
  ListResponse,
  LoginRequest,
  MeResponse,
  Page,
  ProposeTrailRequest,
  ReorderCheckpointsRequest,
  ReturnReviewRequest,
  ReviewDto,
  ReviewQuery,
  RevokeCodesRequest,
  SessionResponse,
  TrailConsentRequest,
  UpdateCheckpointRequest,
  UpdateTrailProposalRequest,
  UpdateVenueRequest,
  UpdateVenueResponse,
  VenueDetail,
  VenueStatusRequest,
  VenueSummary,
} from '@xinghuo/shared';
import type { QueryValue } from '../lib/url';
import { adminRequest } from './admin-client';
import { publicRequest } from './http';

const id = (value: string): string => encodeURIComponent(value);
type Query = Record<string, QueryValue>;
const query = (q: object): Query => q as Query;

const get = <T>(path: string, q?: object) =>
  adminRequest<T>({ method: 'GET', path, query: q ? query(q) : undefined });
const post = <T>(path: string, body: unknown = {}) =>
  adminRequest<T>({ method: 'POST', path, body });

/** A poster or all posters of a venue, as the download service fetches them. */
export interface PosterRequest {
  path: string;
  query: Query;
}

/** Every staff and organizer endpoint the admin pages use, typed with the shared contract. */
export const adminApi = {
  login: (body: LoginRequest) =>
    publicRequest<SessionResponse>({ method: 'POST', path: '/api/auth/login', body }),
  changePassword: (body: ChangePasswordRequest) =>
    post<SessionResponse>('/api/auth/password', body),
  me: () => get<MeResponse>('/api/auth/me'),

  venues: (q: AdminVenueQuery) => get<Page<AdminVenueSummary>>('/api/admin/venues', q),
  venue: (venueId: string) => get<AdminVenueDto>(`/api/admin/venues/${id(venueId)}`),
  updateVenue: (venueId: string, body: UpdateVenueRequest) =>
    adminRequest<UpdateVenueResponse>({
      method: 'PATCH',
      path: `/api/venues/${id(venueId)}`,
      body,
    }),
  createVenue: (body: CreateVenueRequest) => post<CreateVenueResponse>('/api/venues', body),
  publishVenue: (venueId: string, body: VenueStatusRequest) =>
    post<AdminVenueDto>(`/api/venues/${id(venueId)}/publish`, body),
  closeVenue: (venueId: string, body: VenueStatusRequest) =>
    post<AdminVenueDto>(`/api/venues/${id(venueId)}/close`, body),

  checkpoints: (venueId: string) =>
    get<ListResponse<AdminCheckpointDto>>(`/api/admin/venues/${id(venueId)}/checkpoints`),
  createCheckpoint: (venueId: string, body: CreateCheckpointRequest) =>
    post<CheckpointWriteResponse>(`/api/venues/${id(venueId)}/checkpoints`, body),
  reorderCheckpoints: (venueId: string, body: ReorderCheckpointsRequest) =>
    adminRequest<ListResponse<AdminCheckpointDto>>({
      method: 'PUT',
      path: `/api/venues/${id(venueId)}/checkpoints/order`,
      body,
    }),
  updateCheckpoint: (checkpointId: string, body: UpdateCheckpointRequest) =>
    adminRequest<CheckpointWriteResponse>({
      method: 'PATCH',
      path: `/api/checkpoints/${id(checkpointId)}`,
      body,
    }),
  revokeCodes: (checkpointId: string, body: RevokeCodesRequest) =>
    post<AdminCheckpointDto>(`/api/checkpoints/${id(checkpointId)}/revoke-codes`, body),

  checkpointPoster: (checkpointId: string, size: 'A4' | 'A5'): PosterRequest => ({
    path: `/api/checkpoints/${id(checkpointId)}/poster.pdf`,
    query: { size },
  }),
  venuePosters: (venueId: string, size: 'A4' | 'A5'): PosterRequest => ({
    path: `/api/venues/${id(venueId)}/posters.pdf`,
    query: { size },
  }),

  displayLinks: (checkpointId: string) =>
    get<ListResponse<DisplayLinkDto>>(`/api/checkpoints/${id(checkpointId)}/display-links`),
  createDisplayLink: (checkpointId: string, label: string) =>
    post<CreateDisplayLinkResponse>(`/api/checkpoints/${id(checkpointId)}/display-links`, {
      label,
    }),
  revokeDisplayLink: (linkId: string) =>
    post<DisplayLinkDto>(`/api/display-links/${id(linkId)}/revoke`),
  displayCode: (token: string) =>
    publicRequest<DisplayCodeResponse>({
      method: 'GET',
      path: `/api/display/${id(token)}`,
      timeoutMs: 8000,
    }),

  reviews: (q: ReviewQuery) => get<Page<ReviewDto>>('/api/reviews', q),
  review: (reviewId: string) => get<ReviewDto>(`/api/reviews/${id(reviewId)}`),
  approveReview: (reviewId: string, body: ApproveReviewRequest) =>
    post<ReviewDto>(`/api/reviews/${id(reviewId)}/approve`, body),
  returnReview: (reviewId: string, body: ReturnReviewRequest) =>
    post<ReviewDto>(`/api/reviews/${id(reviewId)}/return`, body),

  trails: (q: AdminTrailQuery) => get<Page<AdminTrailDto>>('/api/admin/trails', q),
  trail: (trailId: string) => get<AdminTrailDto>(`/api/admin/trails/${id(trailId)}`),
  proposeTrail: (body: ProposeTrailRequest) => post<AdminTrailDto>('/api/trails/proposals', body),
  updateProposal: (trailId: string, body: UpdateTrailProposalRequest) =>
    adminRequest<AdminTrailDto>({
      method: 'PATCH',
      path: `/api/trails/${id(trailId)}/proposal`,
      body,
    }),
  consent: (trailId: string, body: TrailConsentRequest) =>
    post<AdminTrailDto>(`/api/trails/${id(trailId)}/consent`, body),
  trailAction: (trailId: string, action: 'submit' | 'publish' | 'unpublish', version: number) =>
    post<AdminTrailDto>(`/api/trails/${id(trailId)}/${action}`, { version }),

  accounts: (q: AccountQuery) => get<Page<AccountDto>>('/api/accounts', q),
  createAccount: (body: CreateAccountRequest) =>
    post<AccountWithPasswordResponse>('/api/accounts', body),
  disableAccount: (accountId: string, body: AccountActionRequest) =>
    post<AccountDto>(`/api/accounts/${id(accountId)}/disable`, body),
  enableAccount: (accountId: string, body: AccountActionRequest) =>
    post<AccountDto>(`/api/accounts/${id(accountId)}/enable`, body),
  resetPassword: (accountId: string, body: AccountActionRequest) =>
    post<AccountWithPasswordResponse>(`/api/accounts/${id(accountId)}/reset-password`, body),

  audit: (q: AuditQuery) => get<Page<AuditEventDto>>('/api/audit', q),

  /** Published venues and their active checkpoints: where trail stops are picked from. */
  publicVenues: (region: string) =>
    publicRequest<ListResponse<VenueSummary>>({
      method: 'GET',
      path: '/api/venues',
      query: { region },
    }),
  publicVenue: (venueId: string) =>
    publicRequest<VenueDetail>({ method: 'GET', path: `/api/venues/${id(venueId)}` }),
};
