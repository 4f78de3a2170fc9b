import type {
  AudienceGroup,
  CheckInSource,
  GeoPoint,
  OpeningHours,
  QrMode,
  RegionLevel,
  ReviewStatus,
  Role,
  ScienceCard,
  StampRule,
  Topic,
  VenueKind,
} from './domain';

/* Identity */

export interface WechatLoginRequest {
  code: string;
}

export interface LoginRequest {
  username: string;
  password: string;
}

export interface SessionPrincipal {
  role: Role;
  /** Visitor id or account id. */
  id: string;
  displayName: string | null;
  /** Staff only: the one venue they act on. */
  venueId?: string;
  /** Organizers only: the root of the region subtree they act on. */
  regionCode?: string;
}

export interface SessionResponse {
  token: string;
  expiresAt: string;
  principal: SessionPrincipal;
}

/* Catalogue */

export interface RegionDto {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
}

export interface CampaignDto {
  id: string;
  name: string;
  theme: string;
  startsAt: string;
  endsAt: string;
  stampRule: StampRule;
  regionCode: string;
}

export interface CheckpointSummary {
  id: string;
  venueId: string;
  name: string;
  sortOrder: number;
}

export interface VenueSummary {
  id: string;
  name: string;
  kind: VenueKind;
  regionCode: string;
  regionName: string;
  address: string;
  location: GeoPoint;
  /** Metres from the `near` point, when one was given. */
  distanceM?: number;
}

export interface VenueDetail extends VenueSummary {
  host: string;
  description: string;
  openingHours: OpeningHours | null;
  timezone: string;
  geofenceRadiusM: number | null;
  checkpoints: CheckpointSummary[];
}

export interface TrailStopDto {
  position: number;
  checkpoint: CheckpointSummary;
  venue: VenueSummary;
}

export interface TrailSummary {
  id: string;
  name: string;
  description: string;
  topic: Topic;
  audienceGroups: AudienceGroup[];
  ordered: boolean;
  estimatedMinutes: number;
  regionCode: string;
  status: ReviewStatus;
  stopCount: number;
  venueCount: number;
}

export interface TrailDetail extends TrailSummary {
  stops: TrailStopDto[];
}

export interface ListResponse<T> {
  items: T[];
}

/* Check-in */

export interface CheckInRequest {
  /** The scanned text: a full `{PUBLIC_BASE_URL}/q/{token}` URL or a bare token (mini-program code scene). */
  code: string;
  /** When the visitor scanned, for offline replays; defaults to the time the server receives it. */
  scannedAt?: string;
  location?: GeoPoint & { accuracyM?: number };
}

export interface TrailProgressDto {
  trailId: string;
  trailName: string;
  collected: number;
  total: number;
  completed: boolean;
  /** For ordered trails: the position (0-based) of the next checkpoint to visit, if any. */
  nextPosition: number | null;
  completedAt: string | null;
}

export interface StampDto {
  checkInId: string;
  checkpointId: string;
  checkpointName: string;
  venueId: string;
  venueName: string;
  scannedAt: string;
  receivedAt: string;
  source: CheckInSource;
}

export interface CheckInResponse {
  /** `accepted`: a new stamp; `repeat`: the visitor already had this stamp for the period. */
  outcome: 'accepted' | 'repeat';
  stamp: StampDto;
  card: ScienceCard;
  trails: TrailProgressDto[];
}

/* Passport */

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

/* Staff */

export interface StaffCheckpointDto extends CheckpointSummary {
  qrMode: QrMode;
  active: boolean;
  card: ScienceCard;
}

export interface QrPayloadResponse {
  checkpointId: string;
  mode: QrMode;
  token: string;
  url: string;
  /** For rotating codes: when this token stops being the current one. */
  refreshAt: string | null;
}

/* Health */

export interface HealthResponse {
  status: 'ok' | 'degraded';
  database: 'up' | 'down';
  version: string;
  time: string;
}

export interface CurrentCampaignResponse {
  /** The campaign open now, if any. */
  current: CampaignDto | null;
  /** The next one to open, when none is open. */
  upcoming: CampaignDto | null;
}
