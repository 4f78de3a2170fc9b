import {
  type Accessibility,
  DEFAULT_TIMEZONE,
  type OpeningHours,
  type VenueBooking,
  type VenueContact,
  type VenueKind,
  type VenueStatus,
} from '@xinghuo/shared';
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
import { Checkpoint } from './checkpoint.entity';

export const NO_ACCESSIBILITY: Accessibility = {
  stepFree: null,
  elderlySeats: null,
  accessibleToilet: null,
  parking: null,
  notes: '',
};
export const NO_CONTACT: VenueContact = { phone: '', email: '', website: '' };
export const NO_BOOKING: VenueBooking = { required: false, notes: '', url: '' };

@Entity('venue')
export class Venue {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 32 })
  kind: VenueKind;

  @Index('venue_region_idx')
  @Column({ name: 'region_code', type: 'varchar', length: 12 })
  regionCode: string;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_code' })
  region?: Relation<Region>;

  @Column({ type: 'varchar', length: 200 })
  address: string;

  @Column({ type: 'double precision' })
  lat: number;

  @Column({ type: 'double precision' })
  lng: number;

  /** The hosting organisation: "who hosts is responsible" (谁主办、谁负责). */
  @Column({ type: 'varchar', length: 100 })
  host: string;

  @Column({ type: 'text', default: '' })
  description: string;

  /** Null: the venue sets no hours and check-ins count at any time. */
  @Column({ name: 'opening_hours', type: 'jsonb', nullable: true })
  openingHours: OpeningHours | null;

  @Column({ type: 'varchar', length: 64, default: DEFAULT_TIMEZONE })
  timezone: string;

  /** Null: no geofence. */
  @Column({ name: 'geofence_radius_m', type: 'integer', nullable: true })
  geofenceRadiusM: number | null;

  /** Local days (YYYY-MM-DD) on which check-ins are refused whatever the weekday hours say. */
  @Column({ name: 'closed_dates', type: 'text', array: true, default: () => "'{}'" })
  closedDates: string[];

  /** Null until staff state it (read as NO_ACCESSIBILITY). */
  @Column({ type: 'jsonb', nullable: true })
  accessibility: Accessibility | null;

  @Column({ type: 'jsonb', nullable: true })
  contact: VenueContact | null;

  @Column({ type: 'jsonb', nullable: true })
  booking: VenueBooking | null;

  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status: VenueStatus;

  /** Optimistic concurrency: every write names the version it read. */
  @Column({ type: 'integer', default: 1 })
  version: number;

  @OneToMany(() => Checkpoint, (c) => c.venue)
  checkpoints?: Relation<Checkpoint[]>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
