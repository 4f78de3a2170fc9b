import type { ConsentStatus } from '@xinghuo/shared';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Venue } from '../venues/venue.entity';
import { Trail } from './trail.entity';

/** One venue's answer to being part of a trail; the proposing venue's is accepted from the start. */
@Entity('trail_consent')
export class TrailConsent {
  @PrimaryColumn({ name: 'trail_id', type: 'uuid' })
  trailId: string;

  @PrimaryColumn({ name: 'venue_id', type: 'uuid' })
  venueId: string;

  @ManyToOne(() => Trail, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'trail_id' })
  trail?: Relation<Trail>;

  @ManyToOne(() => Venue, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'venue_id' })
  venue?: Relation<Venue>;

  @Column({ type: 'varchar', length: 16, default: 'pending' })
  status: ConsentStatus;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  comment: string | null;
}
