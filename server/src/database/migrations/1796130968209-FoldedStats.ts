import { MigrationInterface, QueryRunner } from 'typeorm';

export class FoldedStats1796130968209 implements MigrationInterface {
  name = 'FoldedStats1796130968209';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "check_in_answer" ("check_in_id" bigint NOT NULL, "choice" smallint NOT NULL, "correct" boolean NOT NULL, "answer_index" smallint NOT NULL, "answered_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_b8503e031dd9261f22433abeec4" PRIMARY KEY ("check_in_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "learning_stat" ("checkpoint_id" uuid NOT NULL, "day" date NOT NULL, "answered" integer NOT NULL DEFAULT '0', "correct" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_90d276d5cd9a9bf74044cd25633" PRIMARY KEY ("checkpoint_id", "day"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "stat_cursor" ("source" character varying(32) NOT NULL, "position" bigint NOT NULL DEFAULT '0', "folded_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_27decc0ed87173f32bf56034330" PRIMARY KEY ("source"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "stat_venue_scope" ("venue_id" uuid NOT NULL, "from_seq" bigint NOT NULL, "regions" character varying array NOT NULL, "kind" character varying(32) NOT NULL, "scopes" character varying array NOT NULL, "kind_scopes" character varying array NOT NULL, CONSTRAINT "PK_792f0a5537f5c9607d4cc488db2" PRIMARY KEY ("venue_id", "from_seq"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "stat_scope_day" ("scope" character varying(64) NOT NULL, "day" date NOT NULL, "outcome" character varying(32) NOT NULL, "count" integer NOT NULL, CONSTRAINT "PK_5a8d497ae88922a720e51370464" PRIMARY KEY ("scope", "day", "outcome"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "stat_scope_hour" ("scope" character varying(64) NOT NULL, "day" date NOT NULL, "hour" smallint NOT NULL, "count" integer NOT NULL, CONSTRAINT "PK_43f1df07275f18e9a513f552ccd" PRIMARY KEY ("scope", "day", "hour"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "stat_scope_group" ("scope" character varying(64) NOT NULL, "day" date NOT NULL, "audience_group" character varying(24) NOT NULL, "count" integer NOT NULL, CONSTRAINT "PK_4c593ff91074ec2da451acd5e7c" PRIMARY KEY ("scope", "day", "audience_group"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "stat_checkpoint_day" ("checkpoint_id" uuid NOT NULL, "day" date NOT NULL, "count" integer NOT NULL, CONSTRAINT "PK_490dcfac2c5708d195fbc2914d3" PRIMARY KEY ("checkpoint_id", "day"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "stat_day_span" ("day" date NOT NULL, "first_id" bigint NOT NULL, "last_id" bigint NOT NULL, CONSTRAINT "PK_60641077dd96e3754ec5bef828d" PRIMARY KEY ("day"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "unique_pair" ("scope" character varying(64) NOT NULL, "day" date NOT NULL, "prev_day" date NOT NULL, "count" integer NOT NULL, CONSTRAINT "PK_d4e9fb700a8366ce7907e2643ec" PRIMARY KEY ("scope", "day", "prev_day"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "trail_fold" ("trail_id" uuid NOT NULL, "visitor_key" uuid NOT NULL, "start_day" date NOT NULL, "audience_group" character varying(24) NOT NULL, "collected" integer NOT NULL, "finished" boolean NOT NULL, "bucket" smallint, CONSTRAINT "PK_904357663775be4215d9a3c3bf7" PRIMARY KEY ("trail_id", "visitor_key"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "unique_pair_prev_idx" ON "unique_pair" ("scope", "prev_day", "day") `,
    );
    await queryRunner.query(
      `CREATE INDEX "trail_fold_visitor_idx" ON "trail_fold" ("visitor_key") `,
    );
    await queryRunner.query(
      `CREATE TABLE "trail_funnel_stat" ("trail_id" uuid NOT NULL, "start_day" date NOT NULL, "audience_group" character varying(24) NOT NULL, "collected" integer NOT NULL, "finished" boolean NOT NULL, "count" integer NOT NULL, CONSTRAINT "PK_e5d418df804da088444966ab213" PRIMARY KEY ("trail_id", "start_day", "audience_group", "collected", "finished"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "trail_finish_stat" ("trail_id" uuid NOT NULL, "start_day" date NOT NULL, "audience_group" character varying(24) NOT NULL, "bucket" smallint NOT NULL, "count" integer NOT NULL, CONSTRAINT "PK_de9cafba90141870b391427a32a" PRIMARY KEY ("trail_id", "start_day", "audience_group", "bucket"))`,
    );
    await queryRunner.query(`ALTER TABLE "checkpoint" ADD "answer" jsonb`);
    // The answer key leaves the card, which visitors receive before they answer.
    await queryRunner.query(
      `UPDATE "checkpoint" SET "answer" = jsonb_build_object('answerIndex', "card"->'question'->'answerIndex', 'explanation', "card"->'question'->'explanation'), "card" = "card" #- '{question,answerIndex}' #- '{question,explanation}' WHERE jsonb_typeof("card"->'question') = 'object'`,
    );
    // Stored check-in answers replay the catalogue's (now public) card instead of their own.
    await queryRunner.query(
      `UPDATE "idempotency_record" SET "response" = "response" - 'card' WHERE "response" ? 'card'`,
    );
    await queryRunner.query(
      `ALTER TABLE "venue_visit" ADD "seq" bigint GENERATED ALWAYS AS IDENTITY NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "check_in_stat_repeat_day_idx" ON "check_in_stat" ("day") WHERE outcome = 'repeat'`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "venue_visit_seq_key" ON "venue_visit" ("seq") `);
    await queryRunner.query(
      `ALTER TABLE "check_in_answer" ADD CONSTRAINT "FK_b8503e031dd9261f22433abeec4" FOREIGN KEY ("check_in_id") REFERENCES "check_in"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "check_in_answer" DROP CONSTRAINT "FK_b8503e031dd9261f22433abeec4"`,
    );
    await queryRunner.query(`DROP INDEX "public"."venue_visit_seq_key"`);
    await queryRunner.query(`DROP INDEX "public"."check_in_stat_repeat_day_idx"`);
    await queryRunner.query(`ALTER TABLE "venue_visit" DROP COLUMN "seq"`);
    await queryRunner.query(
      `UPDATE "checkpoint" SET "card" = jsonb_set("card", '{question}', ("card"->'question') || "answer") WHERE "answer" IS NOT NULL AND jsonb_typeof("card"->'question') = 'object'`,
    );
    await queryRunner.query(`ALTER TABLE "checkpoint" DROP COLUMN "answer"`);
    await queryRunner.query(`DROP TABLE "trail_finish_stat"`);
    await queryRunner.query(`DROP TABLE "trail_funnel_stat"`);
    await queryRunner.query(`DROP INDEX "public"."trail_fold_visitor_idx"`);
    await queryRunner.query(`DROP INDEX "public"."unique_pair_prev_idx"`);
    await queryRunner.query(`DROP TABLE "trail_fold"`);
    await queryRunner.query(`DROP TABLE "unique_pair"`);
    await queryRunner.query(`DROP TABLE "stat_day_span"`);
    await queryRunner.query(`DROP TABLE "stat_checkpoint_day"`);
    await queryRunner.query(`DROP TABLE "stat_scope_group"`);
    await queryRunner.query(`DROP TABLE "stat_scope_hour"`);
    await queryRunner.query(`DROP TABLE "stat_scope_day"`);
    await queryRunner.query(`DROP TABLE "stat_venue_scope"`);
    await queryRunner.query(`DROP TABLE "stat_cursor"`);
    await queryRunner.query(`DROP TABLE "learning_stat"`);
    await queryRunner.query(`DROP TABLE "check_in_answer"`);
  }
}
