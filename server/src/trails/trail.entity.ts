import type { AudienceGroup, Topic, TrailStatus } from '@xinghuo/shared';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import { Region } from '../regions/region.entity';
import { Venue } from '../venues/venue.entity';
import { TrailStop } from './trail-stop.entity';

@Entity('trail')
export class Trail {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'varchar', length: 32 })
  topic: Topic;

  @Column({ name: 'audience_groups', type: 'text', array: true, default: () => "'{}'" })
  audienceGroups: AudienceGroup[];

  /** Ordered trails suggest a sequence; stamps still count in any order. */
  @Column({ type: 'boolean', default: false })
  ordered: boolean;

  @Column({ name: 'estimated_minutes', type: 'integer' })
  estimatedMinutes: number;

  /** The region that owns the trail: organizers of it and above review it. */
  @Index('trail_region_idx')
  @Column({ name: 'region_code', type: 'varchar', length: 12 })
  regionCode: string;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_code' })
  region?: Relation<Region>;

  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status: TrailStatus;

  /** The venue whose staff proposed the trail (null for trails an organizer set up). */
  @Column({ name: 'proposed_by_venue_id', type: 'uuid', nullable: true })
  proposedByVenueId: string | null;

  @ManyToOne(() => Venue, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'proposed_by_venue_id' })
  proposedByVenue?: Relation<Venue>;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @OneToMany(() => TrailStop, (s) => s.trail)
  stops?: Relation<TrailStop[]>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
