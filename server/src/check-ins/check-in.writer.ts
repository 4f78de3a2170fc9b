import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import type { CatalogSnapshot } from '../catalog/catalog.service';
import { AppError } from '../common/app-error';
import { writeBatch } from './check-in.batch';
import { errorOutcome } from './check-in.mappers';
import type { CheckInOutcome, Job, PendingCheckIn } from './check-in.types';

const MAX_BATCH = 256;

/**
 * Group commit for check-ins. Requests that arrive while a batch is being written wait and go
 * together in the next one, so a burst costs a handful of statements and one commit instead of
 * one commit each. A batch is a single transaction: stamps, rejections, aggregates, trail
 * progress and idempotency records land together or not at all. Batches go one after another
 * on the writer's own connection, so they never contend with each other; uniqueness across
 * processes rests on the database's constraints.
 */
@Injectable()
export class CheckInWriter implements OnModuleDestroy {
  private readonly logger = new Logger('CheckInWriter');
  private queue: Job[] = [];
  private draining: Promise<void> | null = null;
  private connecting: Promise<Client> | null = null;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  submit(item: PendingCheckIn, snapshot: CatalogSnapshot): Promise<CheckInOutcome> {
    return new Promise((resolve) => {
      this.queue.push({ item, snapshot, resolve });
      // Let the requests already parsed in this turn of the event loop join the first batch.
      this.draining ??= new Promise<void>((started) => setImmediate(started)).then(() =>
        this.drain(),
      );
    });
  }

  /**
   * Batches overlap by half: the next one is sent as soon as this one's COMMIT is on its way,
   * so the database goes from one batch's COMMIT straight to the next one's first statement
   * without waiting for the round trip. They share one connection, so the next batch still
   * starts after the COMMIT and reads what it wrote.
   */
  private async drain(): Promise<void> {
    try {
      let previous: Attempt | null = null;
      while (this.queue.length > 0 || previous) {
        if (this.queue.length === 0) {
          await this.settle(previous!);
          previous = null;
          continue;
        }
        const current = this.attempt(this.queue.splice(0, MAX_BATCH));
        await current.sent;
        const failure = previous && (await previous.result);
        if (failure) {
          // Writing one by one needs the connection to itself.
          await current.result;
          await this.settle(previous!);
          await this.settle(current);
          previous = null;
        } else {
          previous = current;
        }
      }
    } finally {
      this.draining = null;
    }
  }

  /**
   * Sends a batch's transaction. `sent` resolves once its last statement is queued on the
   * connection (or it has failed); `result` once it has committed and its requests are answered,
   * or with the error that stopped it, every statement it began already ended.
   */
  private attempt(batch: Job[]): Attempt {
    let markSent!: () => void;
    const sent = new Promise<void>((resolve) => (markSent = resolve));
    const result = (async (): Promise<Error | null> => {
      let client: Client | undefined;
      let open = false;
      try {
        client = await this.connection();
        open = true;
        const { outcomes, committed } = await writeBatch(client, batch);
        open = false;
        markSent();
        await committed;
        batch.forEach((job, i) => job.resolve(outcomes[i]!));
        return null;
      } catch (error) {
        const failed = client;
        if (failed && open) {
          // Queued at once, so it goes out before the next batch's BEGIN.
          failed.query('ROLLBACK').catch(() => this.discard(failed));
        }
        return error instanceof Error ? error : new Error(String(error));
      } finally {
        markSent();
      }
    })();
    return { batch, sent, result };
  }

  /** A failed batch is written again one check-in at a time, so one bad item cannot fail its neighbours. */
  private async settle(attempt: Attempt): Promise<void> {
    const error = await attempt.result;
    if (!error) return;
    if (attempt.batch.length === 1) {
      this.logger.error(`check-in write failed: ${error.message}`, error.stack);
      attempt.batch[0]!.resolve(errorOutcome(new AppError('INTERNAL_ERROR')));
      return;
    }
    for (const job of attempt.batch) await this.settle(this.attempt([job]));
  }

  /**
   * The writer's own connection, outside TypeORM's pool: in pipeline mode `pg` sends a query
   * without waiting for the answer to the one before, so BEGIN travels with the first statement
   * and COMMIT with the second, and a batch costs two round trips instead of four.
   */
  private connection(): Promise<Client> {
    this.connecting ??= (async () => {
      const { url } = this.db.options as PostgresConnectionOptions;
      const client = new Client({
        connectionString: url,
        application_name: 'xinghuo-check-in-writer',
        pipeline: true,
        // The statements are prepared once per connection and planned once, not per batch. Every
        // table they touch is reached by key, so scans are ruled out: a plan made while the
        // tables were nearly empty would otherwise scan them whole for as long as it is cached.
        options: '-c plan_cache_mode=force_generic_plan -c enable_seqscan=off',
      });
      client.on('error', (error) => {
        this.logger.warn(`writer connection lost: ${error.message}`);
        this.discard(client);
      });
      try {
        await client.connect();
      } catch (error) {
        this.connecting = null;
        throw error;
      }
      return client;
    })();
    return this.connecting;
  }

  private discard(client: Client): void {
    const current = this.connecting;
    void current
      ?.then((open) => {
        if (open === client && this.connecting === current) this.connecting = null;
      })
      .catch(() => undefined);
    client.end().catch(() => undefined);
  }

  async onModuleDestroy(): Promise<void> {
    await this.draining;
    const client = await this.connecting?.catch(() => null);
    this.connecting = null;
    await client?.end().catch(() => undefined);
  }
}

interface Attempt {
  batch: Job[];
  sent: Promise<void>;
  result: Promise<Error | null>;
}
