import type { ReviewSubject, RevisionStatus } from '@xinghuo/shared';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A revision of public text waiting for (or past) an organizer's decision: a venue's or a
 * checkpoint's text, or a submitted trail. `before` is what visitors saw at submission, `after`
 * what they will see. At most one pending revision per subject (a partial unique index): a
 * newer one supersedes it in the same transaction.
 */
@Entity('review')
@Index('review_pending_key', ['subject', 'subjectId'], {
  unique: true,
  where: `status = 'pending'`,
})
@Index('review_subject_idx', ['subjectId', 'submittedAt'])
export class Review {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 16 })
  subject: ReviewSubject;

  @Column({ name: 'subject_id', type: 'uuid' })
  subjectId: string;

  /** The venue, or for trails the proposing venue: whose staff see the review. */
  @Index('review_venue_idx')
  @Column({ name: 'venue_id', type: 'uuid', nullable: true })
  venueId: string | null;

  /** The region whose organizers (and those above) may decide. */
  @Column({ name: 'region_code', type: 'varchar', length: 12 })
  regionCode: string;

  @Column({ type: 'varchar', length: 16, default: 'pending' })
  status: RevisionStatus;

  @Column({ type: 'jsonb', nullable: true })
  before: Record<string, unknown> | null;

  @Column({ type: 'jsonb' })
  after: Record<string, unknown>;

  @Column({ name: 'submitted_by', type: 'uuid' })
  submittedBy: string;

  @Index('review_submitted_idx')
  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt: Date;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  comment: string | null;
}
