import type { AudienceGroup, ConsentStatus, Topic, TrailStatus } from '../domain';
import type { PageQuery } from './paging';
import type { RevisionState } from './content';

/** The fields a proposer writes; stops are checkpoint ids, possibly of other venues. */
export interface TrailProposal {
  name: string;
  topic: Topic;
  audienceGroups: AudienceGroup[];
  ordered: boolean;
  estimatedMinutes: number;
  description: string;
  /** 2–30 checkpoint ids in order (for free trails the order is a suggestion). */
  checkpointIds: string[];
}

/** `POST /api/trails/proposals` (staff): the proposer's venue consents by proposing. */
export type ProposeTrailRequest = TrailProposal;

/** `PATCH /api/trails/:id/proposal`: only while draft, returned or unpublished; resets others' consent. */
export interface UpdateTrailProposalRequest extends Partial<TrailProposal> {
  version: number;
}

export interface TrailConsentDto {
  venueId: string;
  venueName: string;
  status: ConsentStatus;
  decidedBy: { id: string; displayName: string } | null;
  decidedAt: string | null;
  comment: string | null;
}

export interface AdminTrailStop {
  position: number;
  checkpointId: string;
  checkpointName: string;
  venueId: string;
  venueName: string;
}

export interface AdminTrailDto extends Omit<TrailProposal, 'checkpointIds'> {
  id: string;
  status: TrailStatus;
  /** The lowest region holding every stop: organizers of it and above review the trail. */
  regionCode: string;
  regionFullName: string;
  proposedByVenueId: string | null;
  proposedByVenueName: string | null;
  stops: AdminTrailStop[];
  consents: TrailConsentDto[];
  /** Every venue has accepted: it can be submitted. */
  readyToSubmit: boolean;
  latestRevision: RevisionState | null;
  version: number;
  updatedAt: string;
}

/** `GET /api/admin/trails`: staff see trails touching their venue; organizers those in their subtree. */
export interface AdminTrailQuery extends PageQuery {
  q?: string;
  status?: TrailStatus;
  /** Staff: only trails waiting for my venue's answer. */
  awaitingMyConsent?: boolean;
}

/** `POST /api/trails/:id/consent` (staff of an included venue). */
export interface TrailConsentRequest {
  decision: 'accepted' | 'declined';
  comment?: string;
}

/** `POST /api/trails/:id/submit`, `/publish`, `/unpublish`. */
export interface TrailActionRequest {
  version: number;
}
