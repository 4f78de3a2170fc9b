import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Generated, then made UNLOGGED by hand (TypeORM cannot say so): rate-limit counters shared by
 * every process are rewritten on every sign-in and lost harmlessly in a crash, so they skip
 * the write-ahead log.
 */
export class RateLimitCounter1796000000000 implements MigrationInterface {
  name = 'RateLimitCounter1796000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE UNLOGGED TABLE "rate_limit_counter" ("bucket" text NOT NULL, "key" text NOT NULL, "window_start" bigint NOT NULL, "hits" integer NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_c676ca9c58445aae870311bfd47" PRIMARY KEY ("bucket", "key", "window_start"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "rate_limit_counter"`);
  }
}
