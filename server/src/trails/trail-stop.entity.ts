import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { Checkpoint } from '../venues/checkpoint.entity';
import { Trail } from './trail.entity';

@Entity('trail_stop')
export class TrailStop {
  @PrimaryColumn({ name: 'trail_id', type: 'uuid' })
  trailId: string;

  @PrimaryColumn({ type: 'integer' })
  position: number;

  @ManyToOne(() => Trail, (t) => t.stops, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'trail_id' })
  trail?: Relation<Trail>;

  @Index('trail_stop_checkpoint_idx')
  @Column({ name: 'checkpoint_id', type: 'uuid' })
  checkpointId: string;

  @ManyToOne(() => Checkpoint, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'checkpoint_id' })
  checkpoint?: Relation<Checkpoint>;
}
