import { Module } from '@nestjs/common';
import { CLOCK, type Clock } from '../common/clock';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { PostgresRateLimitStore } from './postgres-rate-limit.store';
import { RateLimiter } from './rate-limiter';

/**
 * One limiter per process for every rule (check-ins, sign-in, guests). Its counters live in
 * PostgreSQL when the deployment may run several processes on one database
 * (`RATE_LIMIT_STORE=postgres`, the default with DATABASE_URL), in memory otherwise.
 */
@Module({
  providers: [
    PostgresRateLimitStore,
    {
      provide: RateLimiter,
      inject: [APP_CONFIG, CLOCK, PostgresRateLimitStore],
      useFactory: (config: AppConfig, clock: Clock, postgres: PostgresRateLimitStore) =>
        new RateLimiter(config.rateLimitStore === 'postgres' ? postgres : null, () => clock.now()),
    },
  ],
  exports: [RateLimiter],
})
export class RateLimitModule {}
