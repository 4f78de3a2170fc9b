import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Questions answered and answered right per checkpoint and the stamp's local day. */
@Entity('learning_stat')
export class LearningStat {
  @PrimaryColumn({ name: 'checkpoint_id', type: 'uuid' })
  checkpointId: string;

  @PrimaryColumn({ type: 'date' })
  day: string;

  @Column({ type: 'integer', default: 0 })
  answered: number;

  @Column({ type: 'integer', default: 0 })
  correct: number;
}
