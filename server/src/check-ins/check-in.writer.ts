import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CheckInWriterState } from '@xinghuo/shared';
import type { Client } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import type { CatalogSnapshot } from '../catalog/catalog.service';
import { AppError } from '../common/app-error';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { writeBatch } from './check-in.batch';
import { WriterConnection } from './check-in.connection';
import { errorOutcome, unavailableOutcome } from './check-in.mappers';
import type { CheckInOutcome, Job, PendingCheckIn } from './check-in.types';

const MAX_BATCH = 256;
/** After the database could not be reached or did not answer, batches are answered 503 without trying for this long. */
const COOL_DOWN_MS = 1_000;

/**
 * How long the check-in path waits for the database before answering 503: room for the batch
 * ahead on the writer's connection and its own, each within the statement timeout.
 */
export function answerDeadlineMs(limits: AppConfig['checkInWriter']): number {
  return 2 * limits.statementTimeoutMs + 1_000;
}

export interface WriterStatus {
  state: CheckInWriterState;
  /** Check-ins submitted and not yet answered. */
  pending: number;
  queueLimit: number;
  /** Batch transactions begun, retries and halves included. */
  attempts: number;
}

/**
 * Why a batch failed: one of its items (the database refused a statement on a live
 * connection: isolate it), the connection died under it (write it again on a new one), or the
 * database did not answer in time or could not be reached (answer 503).
 */
type Failure = { kind: 'item' | 'connection' | 'unavailable'; error: Error; coolDown?: boolean };

/**
 * Group commit for check-ins. Requests that arrive while a batch is being written wait and go
 * together in the next one, so a burst costs a handful of statements and one commit instead of
 * one commit each. A batch is a single transaction: stamps, rejections, aggregates, trail
 * progress and idempotency records land together or not at all. Batches go one after another
 * on the writer's own connection, so they never contend with each other; uniqueness across
 * processes rests on the database's constraints. Every submitted check-in is answered within
 * a bound: the queue is bounded, statements time out, and a batch with no answer is given up.
 */
@Injectable()
export class CheckInWriter implements BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger('CheckInWriter');
  private readonly limits: AppConfig['checkInWriter'];
  private readonly deadlineMs: number;
  private queue: Job[] = [];
  private pending = 0;
  private attempts = 0;
  private draining: Promise<void> | null = null;
  /** Resolves when the last attempt begun has queued all its statements. */
  private lastSent: Promise<void> = Promise.resolve();
  private readonly connection: WriterConnection;
  private state: CheckInWriterState = 'idle';
  private coolDownUntil = 0;

  constructor(@Inject(APP_CONFIG) config: AppConfig, @InjectDataSource() db: DataSource) {
    this.limits = config.checkInWriter;
    this.deadlineMs = answerDeadlineMs(this.limits);
    const { url } = db.options as PostgresConnectionOptions;
    this.connection = new WriterConnection(url!, this.limits, this.logger);
  }

  submit(item: PendingCheckIn, snapshot: CatalogSnapshot): Promise<CheckInOutcome> {
    if (this.state === 'closed') {
      return Promise.resolve(unavailableOutcome('服务正在重启，请稍后再试'));
    }
    if (this.pending >= this.limits.queueLimit) {
      return Promise.resolve(unavailableOutcome('打卡的人太多，请稍后再试', 1));
    }
    this.pending += 1;
    return new Promise((resolve) => {
      this.queue.push({
        item,
        snapshot,
        resolve: (outcome) => {
          this.pending -= 1;
          resolve(outcome);
        },
      });
      // Let the requests already parsed in this turn of the event loop join the first batch.
      this.draining ??= new Promise<void>((started) => setImmediate(started)).then(() =>
        this.drain(),
      );
    });
  }

  status(): WriterStatus {
    return {
      state: this.state,
      pending: this.pending,
      queueLimit: this.limits.queueLimit,
      attempts: this.attempts,
    };
  }

  /**
   * Batches overlap by half: the next one is sent as soon as this one's COMMIT is on its way,
   * so the database goes from one batch's COMMIT straight to the next one's first statement
   * without waiting for the round trip. They share one connection, so the next batch still
   * starts after the COMMIT and reads what it wrote.
   */
  private async drain(): Promise<void> {
    try {
      let previous: Promise<void> | null = null;
      while (this.queue.length > 0 || previous) {
        if (this.queue.length === 0) {
          await previous;
          previous = null;
          continue;
        }
        const batch = this.queue.splice(0, MAX_BATCH);
        if (Date.now() < this.coolDownUntil) {
          answerUnavailable(batch);
          continue;
        }
        const current = this.attempt(batch);
        await current.sent;
        await previous;
        previous = this.settle(current);
      }
    } finally {
      this.draining = null;
    }
  }

  /**
   * Sends a batch's transaction once the attempt before it has sent all of its own, so two
   * transactions never interleave on the connection. `sent` resolves once its last statement
   * is queued (or it has failed); `result` once it has committed and its requests are
   * answered, or with why it failed, every statement it began already ended.
   */
  private attempt(batch: Job[]): Attempt {
    const { before, sent, markSent } = this.nextInLine();
    const result = (async (): Promise<Failure | null> => {
      let client: Client | undefined;
      let open = false;
      let timedOut = false;
      let deadline: NodeJS.Timeout | undefined;
      try {
        await before;
        this.attempts += 1;
        client = await this.connection.get();
        deadline = this.connection.dropUnlessAnsweredWithin(
          client,
          this.deadlineMs,
          () => (timedOut = true),
        );
        open = true;
        const { outcomes, committed } = await writeBatch(client, batch);
        open = false;
        markSent();
        await committed;
        this.state = 'connected';
        batch.forEach((job, i) => job.resolve(outcomes[i]!));
        return null;
      } catch (error) {
        const failed = client;
        if (failed && open && !this.connection.isDead(failed)) {
          // Queued at once, so it goes out before the next batch's BEGIN.
          failed.query('ROLLBACK').catch(() => this.connection.discard(failed));
        }
        return this.classify(error, failed, timedOut);
      } finally {
        clearTimeout(deadline);
        markSent();
      }
    })();
    return { batch, sent, result };
  }

  /** A place on the connection after everything already begun: `markSent` once all is queued. */
  private nextInLine(): { before: Promise<void>; sent: Promise<void>; markSent: () => void } {
    const before = this.lastSent;
    let markSent!: () => void;
    const sent = new Promise<void>((resolve) => (markSent = resolve));
    this.lastSent = sent;
    return { before, sent, markSent };
  }

  /**
   * Whether the writer reaches the database now, on its own connection: readiness asks when the
   * writer has not written yet or its last batch failed, so recovery needs no check-in to prove it.
   */
  async ping(): Promise<boolean> {
    const { before, markSent } = this.nextInLine();
    let deadline: NodeJS.Timeout | undefined;
    try {
      await before;
      const client = await this.connection.get();
      deadline = this.connection.dropUnlessAnsweredWithin(client, this.deadlineMs, () => undefined);
      const answer = client.query('SELECT 1');
      markSent();
      await answer;
      if (this.state === 'idle' || this.state === 'failing') this.state = 'connected';
      return true;
    } catch {
      return false;
    } finally {
      clearTimeout(deadline);
      markSent();
    }
  }

  private classify(error: unknown, client: Client | undefined, timedOut: boolean): Failure {
    const err = error instanceof Error ? error : new Error(String(error));
    const sqlState = (error as { code?: unknown }).code;
    // No connection or no answer in time: the next batches would only wait the same way, so
    // they are answered at once for a moment. A statement cancelled by its timeout (a lock, a
    // slow disk) ends only its own batch.
    if (!client || timedOut) return { kind: 'unavailable', error: err, coolDown: true };
    if (sqlState === '57014') return { kind: 'unavailable', error: err };
    return { kind: this.connection.isDead(client) ? 'connection' : 'item', error: err };
  }

  /**
   * What happens to a failed batch: written once more on a new connection when the old one
   * died under it; answered 503 when the database is unreachable or stalled; split in halves
   * when one of its items failed it, so a bad item costs its neighbours a few retries, not a
   * transaction each, and only it is answered with an error.
   */
  private async settle(attempt: Attempt, retried = false): Promise<void> {
    const failure = await attempt.result;
    if (!failure) return;
    const { batch } = attempt;
    if (failure.kind === 'connection' && !retried) {
      this.logger.warn(`writer connection lost, writing the batch again: ${failure.error.message}`);
      return this.settle(this.attempt(batch), true);
    }
    if (failure.kind !== 'item') {
      this.state = 'failing';
      if (failure.coolDown) this.coolDownUntil = Date.now() + COOL_DOWN_MS;
      this.logger.warn(`check-in batch of ${batch.length} not written: ${failure.error.message}`);
      answerUnavailable(batch);
      return;
    }
    if (batch.length === 1) {
      this.logger.error(`check-in write failed: ${failure.error.message}`, failure.error.stack);
      batch[0]!.resolve(errorOutcome(new AppError('INTERNAL_ERROR')));
      return;
    }
    const middle = Math.ceil(batch.length / 2);
    const first = this.attempt(batch.slice(0, middle));
    const second = this.attempt(batch.slice(middle));
    await Promise.all([this.settle(first, retried), this.settle(second, retried)]);
  }

  /** Readiness goes down while the HTTP server stops; check-ins in flight are still written. */
  beforeApplicationShutdown(): void {
    this.state = 'draining';
  }

  /** After the HTTP server has answered everything it took. */
  async onApplicationShutdown(): Promise<void> {
    this.state = 'closed';
    await this.draining;
    await this.connection.close();
  }
}

interface Attempt {
  batch: Job[];
  sent: Promise<void>;
  result: Promise<Failure | null>;
}

/** Nothing of theirs was written: the client retries with the same key after Retry-After. */
function answerUnavailable(batch: Job[]): void {
  const outcome = unavailableOutcome();
  for (const job of batch) job.resolve(outcome);
}
