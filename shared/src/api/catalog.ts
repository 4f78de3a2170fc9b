import type {
  Accessibility,
  AudienceGroup,
  GeoPoint,
  OpeningHours,
  RegionLevel,
  ReviewStatus,
  StampRule,
  Topic,
  VenueBooking,
  VenueContact,
  VenueKind,
} from '../domain';

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
  /** Local days the venue is closed whatever its weekday hours say. */
  closedDates: string[];
  accessibility: Accessibility;
  contact: VenueContact;
  booking: VenueBooking;
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

export interface CurrentCampaignResponse {
  /** The campaign open now, if any. */
  current: CampaignDto | null;
  /** The next one to open, when none is open. */
  upcoming: CampaignDto | null;
}
