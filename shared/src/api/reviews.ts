import type { RevisionStatus } from '../domain';
import type { PageQuery } from './paging';

export const REVIEW_SUBJECTS = ['venue', 'checkpoint', 'trail'] as const;
export type ReviewSubject = (typeof REVIEW_SUBJECTS)[number];

/**
 * One item of the review queue: a revision of a venue's or checkpoint's public text, or a
 * submitted trail. `before` is what visitors see now (null for something new), `after` what
 * they will see once approved: the same shape, so the UI can show them side by side.
 */
export interface ReviewDto {
  id: string;
  subject: ReviewSubject;
  subjectId: string;
  /** e.g. the venue's or trail's name, for the list. */
  subjectName: string;
  /** The venue (venue and checkpoint revisions; the proposing venue for trails). */
  venueId: string | null;
  venueName: string | null;
  regionCode: string;
  regionFullName: string;
  status: RevisionStatus;
  before: Record<string, unknown> | null;
  after: Record<string, unknown>;
  /** Top-level keys of `after` whose value differs from `before`. */
  changedFields: string[];
  submittedBy: { id: string; displayName: string };
  submittedAt: string;
  decidedBy: { id: string; displayName: string } | null;
  decidedAt: string | null;
  comment: string | null;
}

/** `GET /api/reviews`: organizers see their subtree's, staff their venue's; newest first. */
export interface ReviewQuery extends PageQuery {
  status?: RevisionStatus;
  subject?: ReviewSubject;
  subjectId?: string;
  /** A region of the caller's subtree. */
  region?: string;
}

/** `POST /api/reviews/:id/approve`: optional remark. */
export interface ApproveReviewRequest {
  comment?: string;
}

/** `POST /api/reviews/:id/return`: the comment is required and shown to the staff. */
export interface ReturnReviewRequest {
  comment: string;
}
