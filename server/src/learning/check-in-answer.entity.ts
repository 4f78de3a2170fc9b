import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, type Relation } from 'typeorm';
import { CheckIn } from '../check-ins/check-in.entity';

/**
 * The first answer to a stamp's question, judged once. Goes with the check-in (and so with an
 * erased visitor); the counts it added to `learning_stat` stay.
 */
@Entity('check_in_answer')
export class CheckInAnswer {
  @PrimaryColumn({ name: 'check_in_id', type: 'bigint' })
  checkInId: string;

  @OneToOne(() => CheckIn, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'check_in_id' })
  checkIn?: Relation<CheckIn>;

  @Column({ type: 'smallint' })
  choice: number;

  @Column({ type: 'boolean' })
  correct: boolean;

  /** The right answer when judged, so asking again tells the same story. */
  @Column({ name: 'answer_index', type: 'smallint' })
  answerIndex: number;

  @Column({ name: 'answered_at', type: 'timestamptz' })
  answeredAt: Date;
}
