import { MigrationInterface, QueryRunner } from 'typeorm';

export class FiguresCoveringIndexes1796140096367 implements MigrationInterface {
  name = 'FiguresCoveringIndexes1796140096367';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."unique_pair_prev_idx"`);
    await queryRunner.query(
      `CREATE INDEX "stat_scope_day_cover" ON "stat_scope_day" ("scope", "day", "outcome", "count") `,
    );
    await queryRunner.query(
      `CREATE INDEX "stat_checkpoint_day_cover" ON "stat_checkpoint_day" ("checkpoint_id", "day", "count") `,
    );
    await queryRunner.query(
      `CREATE INDEX "unique_pair_cover" ON "unique_pair" ("scope", "day", "prev_day", "count") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."unique_pair_cover"`);
    await queryRunner.query(`DROP INDEX "public"."stat_checkpoint_day_cover"`);
    await queryRunner.query(`DROP INDEX "public"."stat_scope_day_cover"`);
    await queryRunner.query(
      `CREATE INDEX "unique_pair_prev_idx" ON "unique_pair" ("scope", "prev_day", "day") `,
    );
  }
}
