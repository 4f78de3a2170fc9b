import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import { CATALOG_CHANNEL, type CatalogChange, CatalogService } from './catalog.service';

const RETRY_MIN_MS = 500;
const RETRY_MAX_MS = 10_000;

/**
 * One dedicated connection per process LISTENing on the catalogue channel. A notification marks
 * the snapshot stale and starts its reload at once, so a change committed by any process
 * reaches this one's readers within the time of one reload. The connection reconnects with
 * backoff; after a gap (when notifications may have been missed) everything is reloaded.
 */
@Injectable()
export class CatalogListener implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('CatalogListener');
  private client: Client | null = null;
  private stopped = false;
  private retryMs = RETRY_MIN_MS;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly catalog: CatalogService,
  ) {}

  onApplicationBootstrap(): Promise<void> {
    return this.connect();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.client?.end().catch(() => undefined);
    this.client = null;
  }

  /** Whether notifications are being received now (for health and tests). */
  get listening(): boolean {
    return this.client !== null;
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const { url } = this.dataSource.options as PostgresConnectionOptions;
    const client = new Client({
      connectionString: url,
      application_name: 'xinghuo-catalog-listener',
      keepAlive: true,
    });
    client.on('notification', (message) => {
      this.catalog.invalidate((message.payload as CatalogChange | undefined) ?? 'catalog');
      void this.catalog.get();
    });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${CATALOG_CHANNEL}`);
    } catch (error) {
      this.lost(client, error as Error);
      return;
    }
    if (this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    const hadGap = this.retryMs > RETRY_MIN_MS;
    this.client = client;
    this.retryMs = RETRY_MIN_MS;
    if (hadGap) {
      this.catalog.invalidate('regions');
      void this.catalog.get();
    }
  }

  private lost(client: Client, error?: Error): void {
    if (this.client !== null && this.client !== client) return;
    this.client = null;
    client.removeAllListeners('end');
    void client.end().catch(() => undefined);
    if (this.stopped || this.timer) return;
    if (error) this.logger.warn(`catalogue listener lost: ${error.message}; reconnecting`);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.connect();
    }, this.retryMs);
    this.retryMs = Math.min(this.retryMs * 2, RETRY_MAX_MS);
  }
}
