import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { HealthResponse, ReadinessResponse } from '@xinghuo/shared';
import { DataSource } from 'typeorm';
import { CheckInWriter } from '../check-ins/check-in.writer';

/** A database that has not answered `SELECT 1` in this long is reported down. */
const PROBE_TIMEOUT_MS = 2_000;
const VERSION = process.env.npm_package_version ?? '0.1.0';

@Injectable()
export class HealthService {
  private probe: Promise<boolean> | null = null;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly writer: CheckInWriter,
  ) {}

  liveness(): HealthResponse {
    return { status: 'ok', version: VERSION, time: new Date().toISOString() };
  }

  /**
   * Ready when the database answers, the check-in writer is not failing or shutting down and
   * its queue has room. Bounded in time whatever the database does.
   */
  async readiness(): Promise<ReadinessResponse> {
    const before = this.writer.status().state;
    const [database] = await Promise.all([
      this.databaseAnswers(),
      before === 'idle' || before === 'failing' ? this.writer.ping() : null,
    ]);
    const { state, pending, queueLimit } = this.writer.status();
    const ready = database && (state === 'idle' || state === 'connected') && pending < queueLimit;
    return {
      status: ready ? 'ready' : 'not_ready',
      database: database ? 'up' : 'down',
      writer: { state, pending, queueLimit },
      version: VERSION,
      time: new Date().toISOString(),
    };
  }

  /** One probe at a time: a pool connection stuck on a stalled link is not joined by another per request. */
  private databaseAnswers(): Promise<boolean> {
    this.probe ??= this.db
      .query('SELECT 1')
      .then(
        () => true,
        () => false,
      )
      .finally(() => (this.probe = null));
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), PROBE_TIMEOUT_MS);
    });
    return Promise.race([this.probe, timeout]).finally(() => clearTimeout(timer));
  }
}
