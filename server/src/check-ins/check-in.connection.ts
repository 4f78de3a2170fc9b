import type { Logger } from '@nestjs/common';
import { Client } from 'pg';
import type { AppConfig } from '../config/config';

/**
 * The check-in writer's own connection, outside TypeORM's pool: in pipeline mode `pg` sends a
 * query without waiting for the answer to the one before, so BEGIN travels with the first
 * statement and COMMIT with the second, and a batch costs two round trips instead of four.
 * Opened on demand; dropped at once when it dies or an answer is late, and opened again by the
 * next batch.
 */
export class WriterConnection {
  private connecting: Promise<Client> | null = null;
  private current: Client | null = null;
  private readonly dead = new WeakSet<Client>();

  constructor(
    private readonly url: string,
    private readonly limits: AppConfig['checkInWriter'],
    private readonly logger: Logger,
  ) {}

  get(): Promise<Client> {
    this.connecting ??= this.open().catch((error: unknown) => {
      this.connecting = null;
      throw error;
    });
    return this.connecting;
  }

  /** Whether the client died (or was dropped): what failed on it is not its statements' fault. */
  isDead(client: Client): boolean {
    return this.dead.has(client);
  }

  /** Drops the client after `ms` unless the timer is cleared first: everything waiting on it fails. */
  dropUnlessAnsweredWithin(client: Client, ms: number, onDrop: () => void): NodeJS.Timeout {
    return setTimeout(() => {
      onDrop();
      this.discard(client);
    }, ms);
  }

  /** Drops a connection at once, whatever it is waiting for. */
  discard(client: Client): void {
    if (this.dead.has(client)) return;
    this.dead.add(client);
    if (this.current === client) {
      this.current = null;
      this.connecting = null;
    }
    client.connection.stream.destroy();
  }

  async close(): Promise<void> {
    const client = await this.connecting?.catch(() => null);
    this.connecting = null;
    this.current = null;
    await client?.end().catch(() => undefined);
  }

  private async open(): Promise<Client> {
    const { connectTimeoutMs, statementTimeoutMs } = this.limits;
    const client = new Client({
      connectionString: this.url,
      application_name: 'xinghuo-check-in-writer',
      pipeline: true,
      connectionTimeoutMillis: connectTimeoutMs,
      // Finds a peer gone without a word (a failover, a dropped NAT entry) between batches;
      // a batch in flight has its own deadline.
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
      statement_timeout: statementTimeoutMs,
      // Should this process stop between a batch's two statements, its row locks go with it.
      idle_in_transaction_session_timeout: 2 * statementTimeoutMs,
      // The statements are prepared once per connection and planned once, not per batch. Every
      // table they touch is reached by key, so scans are ruled out: a plan made while the
      // tables were nearly empty would otherwise scan them whole for as long as it is cached.
      options: '-c plan_cache_mode=force_generic_plan -c enable_seqscan=off',
    });
    client.on('error', (error) => {
      this.logger.warn(`writer connection lost: ${error.message}`);
      this.discard(client);
    });
    client.on('end', () => this.discard(client));
    await client.connect();
    this.current = client;
    return client;
  }
}
