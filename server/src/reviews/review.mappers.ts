import type { RevisionState, ReviewDto } from '@xinghuo/shared';
import type { CatalogSnapshot } from '../catalog/catalog.service';
import type { Review } from './review.entity';

export type PeopleById = Map<string, string>;

export function toRevisionState(review: Review | undefined): RevisionState | null {
  if (!review) return null;
  return {
    reviewId: review.id,
    status: review.status,
    submittedAt: review.submittedAt.toISOString(),
    decidedAt: review.decidedAt?.toISOString() ?? null,
    comment: review.comment,
  };
}

/** Keys of `after` whose value is not the same as in `before`. */
export function changedFields(
  before: Record<string, unknown> | null,
  after: Record<string, unknown>,
): string[] {
  return Object.keys(after).filter(
    (key) => JSON.stringify(before?.[key] ?? null) !== JSON.stringify(after[key] ?? null),
  );
}

export function toReviewDto(r: Review, snapshot: CatalogSnapshot, people: PeopleById): ReviewDto {
  const venue = r.venueId ? snapshot.venues.get(r.venueId) : undefined;
  const named = typeof r.after.name === 'string' ? r.after.name : undefined;
  const person = (id: string | null) =>
    id ? { id, displayName: people.get(id) ?? '（已删除）' } : null;
  return {
    id: r.id,
    subject: r.subject,
    subjectId: r.subjectId,
    subjectName: r.subject === 'venue' ? (venue?.name ?? '') : (named ?? ''),
    venueId: r.venueId,
    venueName: venue?.name ?? null,
    regionCode: r.regionCode,
    regionFullName: snapshot.regionTree.fullName(r.regionCode),
    status: r.status,
    before: r.before,
    after: r.after,
    changedFields: changedFields(r.before, r.after),
    submittedBy: person(r.submittedBy)!,
    submittedAt: r.submittedAt.toISOString(),
    decidedBy: person(r.decidedBy),
    decidedAt: r.decidedAt?.toISOString() ?? null,
    comment: r.comment,
  };
}
