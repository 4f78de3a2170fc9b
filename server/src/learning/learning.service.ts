import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type AnswerResponse, DEFAULT_TIMEZONE, localTime } from '@xinghuo/shared';
import { DataSource } from 'typeorm';
import { CatalogService } from '../catalog/catalog.service';
import { CheckIn } from '../check-ins/check-in.entity';
import { NotFoundError, ValidationError } from '../common/app-error';
import { CLOCK, type Clock } from '../common/clock';
import { RateLimiter, type RateRule } from '../rate-limits/rate-limiter';
import { CheckInAnswer } from './check-in-answer.entity';
import { LearningError } from './learning.errors';

const ANSWERS_PER_MINUTE = 60;
const CHECK_IN_ID = /^[1-9]\d{0,17}$/;

export interface Judged {
  /** 201 for the first answer, 200 for the first answer's judgement asked again. */
  status: 201 | 200;
  body: AnswerResponse;
}

/**
 * Judges the first answer to a stamp's question with the answer key the catalogue keeps apart
 * from the card. Only the visitor who owns the accepted check-in may answer; any other id is
 * "not found", whether it exists or not. A stamp is judged once: asking again replays it.
 */
@Injectable()
export class LearningService {
  private readonly rule: RateRule = { name: 'answer', limit: ANSWERS_PER_MINUTE, windowMs: 60_000 };

  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    @InjectDataSource() private readonly db: DataSource,
    private readonly catalog: CatalogService,
    private readonly limiter: RateLimiter,
  ) {}

  async answer(visitorId: string, checkInId: string, choice: number): Promise<Judged> {
    if (!CHECK_IN_ID.test(checkInId)) throw new ValidationError('id', 'id must be a check-in id');
    await this.limiter.take({ rule: this.rule, key: visitorId });
    const snapshot = await this.catalog.get();
    return this.db.transaction(async (tx) => {
      const stamp = await tx
        .getRepository(CheckIn)
        .findOneBy({ id: checkInId, visitorId, status: 'accepted' });
      if (!stamp) throw new NotFoundError('打卡记录');
      const checkpoint = stamp.checkpointId
        ? snapshot.checkpoints.get(stamp.checkpointId)
        : undefined;
      const explanation = checkpoint?.answer?.explanation ?? '';
      const answers = tx.getRepository(CheckInAnswer);
      const replay = (first: CheckInAnswer): Judged => ({
        status: 200,
        body: toResponse(first, explanation),
      });

      const earlier = await answers.findOneBy({ checkInId });
      if (earlier) return replay(earlier);
      const question = checkpoint?.card.question;
      const key = checkpoint?.answer;
      if (!checkpoint || !question || !key) throw new LearningError('NO_QUESTION');
      if (choice >= question.options.length) {
        throw new ValidationError('choice', `choice must be below ${question.options.length}`);
      }

      const judged = {
        checkInId,
        choice,
        correct: choice === key.answerIndex,
        answerIndex: key.answerIndex,
        answeredAt: new Date(this.clock.now()),
      };
      const inserted = await answers
        .createQueryBuilder()
        .insert()
        .values(judged)
        .orIgnore()
        .returning('check_in_id')
        .execute();
      if (inserted.raw.length === 0) {
        // Another request answered first and committed while this one waited on the key.
        return replay(await answers.findOneByOrFail({ checkInId }));
      }
      const venue = snapshot.venues.get(checkpoint.venueId);
      const day = localTime(stamp.scannedAt, venue?.timezone ?? DEFAULT_TIMEZONE).date;
      await tx.query(
        `INSERT INTO learning_stat AS t (checkpoint_id, day, answered, correct) VALUES ($1, $2, 1, $3)
         ON CONFLICT (checkpoint_id, day) DO UPDATE
           SET answered = t.answered + 1, correct = t.correct + EXCLUDED.correct`,
        [checkpoint.id, day, judged.correct ? 1 : 0],
      );
      return { status: 201, body: toResponse(judged, explanation) };
    });
  }
}

function toResponse(
  a: Pick<CheckInAnswer, 'checkInId' | 'choice' | 'correct' | 'answerIndex' | 'answeredAt'>,
  explanation: string,
): AnswerResponse {
  return {
    checkInId: String(a.checkInId),
    choice: a.choice,
    correct: a.correct,
    answerIndex: a.answerIndex,
    explanation,
    answeredAt: new Date(a.answeredAt).toISOString(),
  };
}
