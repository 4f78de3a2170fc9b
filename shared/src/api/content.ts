import type {
  Accessibility,
  AuthoredScienceCard,
  GeoPoint,
  OpeningHours,
  QrMode,
  RevisionStatus,
  VenueBooking,
  VenueContact,
  VenueKind,
  VenueStatus,
} from '../domain';
import type { RegionWithAncestors } from './regions';
import type { PageQuery } from './paging';

/**
 * What visitors read of a venue: saved as a pending revision and published when an organizer
 * approves it (product.md: 强化内容审核).
 */
export interface VenueContent {
  description: string;
  address: string;
  accessibility: Accessibility;
  contact: VenueContact;
  booking: VenueBooking;
}

/** What takes effect at once: opening hours, closed days, location and geofence. */
export interface VenueSettings {
  location: GeoPoint;
  /** Null: no hours set, open at any time. */
  openingHours: OpeningHours | null;
  /** Local days (YYYY-MM-DD, the venue's zone) on which check-ins are refused as VENUE_CLOSED. */
  closedDates: string[];
  /** Null: no geofence. */
  geofenceRadiusM: number | null;
}

/** The latest revision of one thing's public text, as its editors see it. */
export interface RevisionState {
  reviewId: string;
  status: RevisionStatus;
  submittedAt: string;
  decidedAt: string | null;
  /** The organizer's comment when returned (or approved with a remark). */
  comment: string | null;
}

/** `GET /api/admin/venues/:id`: everything staff and organizers edit, with its version. */
export interface AdminVenueDto extends VenueSettings {
  id: string;
  name: string;
  kind: VenueKind;
  host: string;
  status: VenueStatus;
  timezone: string;
  region: RegionWithAncestors;
  /** Send it back with every write; a stale one gets 409 VERSION_CONFLICT. */
  version: number;
  /** The text visitors see now. */
  published: VenueContent;
  /** The text waiting for review, if any (what the next edit starts from). */
  pending: VenueContent | null;
  /** The newest revision of this venue's text, pending or decided. */
  latestRevision: RevisionState | null;
  checkpointCount: number;
  updatedAt: string;
}

/**
 * `PATCH /api/venues/:id`. Every field optional except `version`. Content fields make (or
 * replace) the pending revision; settings apply at once. Fields only organizers may set
 * (`name`, `kind`, `host`, `regionCode`) sent by staff are refused with 403 FIELD_NOT_ALLOWED
 * naming the field; `status` is changed only through publish/close.
 */
export interface UpdateVenueRequest extends Partial<VenueSettings> {
  version: number;
  description?: string;
  address?: string;
  accessibility?: Accessibility;
  contact?: VenueContact;
  booking?: VenueBooking;
  name?: string;
  kind?: VenueKind;
  host?: string;
  regionCode?: string;
}

export interface UpdateVenueResponse {
  venue: AdminVenueDto;
  /** Set when the write made a pending revision (content fields by staff). */
  reviewId: string | null;
}

/** `POST /api/venues` (organizers): a venue anywhere in their subtree and its first staff account. */
export interface CreateVenueRequest {
  name: string;
  kind: VenueKind;
  /** Down to a township; must be inside the caller's subtree. */
  regionCode: string;
  address: string;
  location: GeoPoint;
  host: string;
  description?: string;
  staff: { username: string; displayName: string };
}

export interface CreateVenueResponse {
  venue: AdminVenueDto;
  staff: { id: string; username: string; temporaryPassword: string };
}

/** `GET /api/admin/venues`: venues in the caller's scope (staff: their own). */
export interface AdminVenueQuery extends PageQuery {
  /** Part of the name or address. */
  q?: string;
  /** A region of the subtree: venues in it and below. */
  region?: string;
  kind?: VenueKind;
  status?: VenueStatus;
}

export interface AdminVenueSummary {
  id: string;
  name: string;
  kind: VenueKind;
  status: VenueStatus;
  regionCode: string;
  regionFullName: string;
  address: string;
  checkpointCount: number;
  pendingRevisions: number;
  staffCount: number;
  version: number;
  updatedAt: string;
}

/** `POST /api/venues/:id/publish` and `/close` (organizers). */
export interface VenueStatusRequest {
  version: number;
  /** Why a venue is closed, kept in the audit trail. */
  reason?: string;
}

/**
 * The text of a checkpoint visitors read: name and science card (question optional), as staff
 * write it: the question with its answer key, which visitors only get after answering.
 */
export interface CheckpointContent {
  name: string;
  card: AuthoredScienceCard;
}

export interface AdminCheckpointDto {
  id: string;
  venueId: string;
  sortOrder: number;
  qrMode: QrMode;
  /** Printed codes carry it; revoking bumps it. */
  qrVersion: number;
  active: boolean;
  /** False until an organizer has approved its first text: unknown to visitors until then. */
  live: boolean;
  version: number;
  /** What visitors see (for a checkpoint not yet live: the text under review). */
  published: CheckpointContent;
  pending: CheckpointContent | null;
  latestRevision: RevisionState | null;
  displayLinks: number;
}

/** `POST /api/venues/:id/checkpoints`: the text goes to review; the checkpoint is live once approved. */
export interface CreateCheckpointRequest extends CheckpointContent {
  qrMode?: QrMode;
  active?: boolean;
}

export interface CheckpointWriteResponse {
  checkpoint: AdminCheckpointDto;
  reviewId: string | null;
}

/** `PATCH /api/checkpoints/:id`: name/card go to review; qrMode and active apply at once. */
export interface UpdateCheckpointRequest {
  version: number;
  name?: string;
  card?: AuthoredScienceCard;
  qrMode?: QrMode;
  active?: boolean;
}

/** `PUT /api/venues/:id/checkpoints/order`: every checkpoint of the venue, in the new order. */
export interface ReorderCheckpointsRequest {
  items: Array<{ id: string; version: number }>;
}

/**
 * `POST /api/checkpoints/:id/revoke-codes`: every printed poster of the checkpoint stops
 * working. `confirm` must be true: the UI shows that warning before sending it.
 */
export interface RevokeCodesRequest {
  version: number;
  confirm: boolean;
}
