import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Written by hand: TypeORM cannot describe a BRIN index. Stored answers are appended in time
 * order, so a BRIN index finds the old ones for the sweeper at almost no cost per insert.
 */
export class IdempotencyRecordCreatedAt1795604478914 implements MigrationInterface {
  name = 'IdempotencyRecordCreatedAt1795604478914';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "idempotency_record_created_at_idx" ON "idempotency_record" USING brin ("created_at")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idempotency_record_created_at_idx"`);
  }
}
