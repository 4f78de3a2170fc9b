import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Lets the sweeper find old rejected check-ins without reading the stamps. IF NOT EXISTS so an
 * operator with a large `check_in` can build it beforehand with CREATE INDEX CONCURRENTLY
 * (docs/operations.md) instead of blocking check-ins while this migration builds it.
 */
export class CheckInRejectedReceivedAt1796131381676 implements MigrationInterface {
  name = 'CheckInRejectedReceivedAt1796131381676';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX IF NOT EXISTS "check_in_rejected_received_idx" ON "check_in" ("received_at") WHERE status = 'rejected'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."check_in_rejected_received_idx"`);
  }
}
