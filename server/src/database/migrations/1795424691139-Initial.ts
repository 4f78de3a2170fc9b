import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795424691139 implements MigrationInterface {
  name = 'Initial1795424691139';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "region" ("code" character varying(12) NOT NULL, "name" character varying(64) NOT NULL, "level" character varying(16) NOT NULL, "parent_code" character varying(12), "path" character varying(128) NOT NULL, CONSTRAINT "PK_74f7723fdff738f92929c0056cb" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(`CREATE INDEX "region_path_idx" ON "region" ("path") `);
    await queryRunner.query(
      `CREATE TABLE "checkpoint" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "venue_id" uuid NOT NULL, "code_no" SERIAL NOT NULL, "name" character varying(100) NOT NULL, "card" jsonb NOT NULL, "qr_mode" character varying(16) NOT NULL DEFAULT 'static', "qr_version" integer NOT NULL DEFAULT '1', "active" boolean NOT NULL DEFAULT true, "sort_order" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_fea86db187949398f8b614f730a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "checkpoint_venue_idx" ON "checkpoint" ("venue_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "checkpoint_code_no_key" ON "checkpoint" ("code_no") `,
    );
    await queryRunner.query(
      `CREATE TABLE "venue" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(100) NOT NULL, "kind" character varying(32) NOT NULL, "region_code" character varying(12) NOT NULL, "address" character varying(200) NOT NULL, "lat" double precision NOT NULL, "lng" double precision NOT NULL, "host" character varying(100) NOT NULL, "description" text NOT NULL DEFAULT '', "opening_hours" jsonb, "timezone" character varying(64) NOT NULL DEFAULT 'Asia/Shanghai', "geofence_radius_m" integer, "status" character varying(16) NOT NULL DEFAULT 'draft', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c53deb6d1bcb088f9d459e7dbc0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "venue_region_idx" ON "venue" ("region_code") `);
    await queryRunner.query(
      `CREATE TABLE "account" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "username" character varying(64) NOT NULL, "password_hash" character varying(255) NOT NULL, "display_name" character varying(64) NOT NULL, "role" character varying(16) NOT NULL, "venue_id" uuid, "region_code" character varying(12), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_41dfcb70af895ddf9a53094515b" UNIQUE ("username"), CONSTRAINT "account_scope_check" CHECK ((role = 'staff' AND venue_id IS NOT NULL AND region_code IS NULL) OR (role = 'organizer' AND region_code IS NOT NULL AND venue_id IS NULL)), CONSTRAINT "PK_54115ee388cdb6d86bb4bf5b2ea" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "campaign" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(100) NOT NULL, "theme" character varying(200) NOT NULL DEFAULT '', "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "stamp_rule" character varying(16) NOT NULL DEFAULT 'per_day', "region_code" character varying(12) NOT NULL, CONSTRAINT "PK_0ce34d26e7f2eb316a3a592cdc4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "visitor" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "openid" character varying(64), "nickname" character varying(32), "audience_group" character varying(24), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ba6ae421d03de90a99ed838741d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "visitor_openid_key" ON "visitor" ("openid") `);
    await queryRunner.query(
      `CREATE TABLE "check_in" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "visitor_id" uuid NOT NULL, "checkpoint_id" uuid, "venue_id" uuid, "campaign_id" uuid, "status" character varying(8) NOT NULL, "reason" character varying(32), "period_key" character varying(16), "scanned_at" TIMESTAMP WITH TIME ZONE NOT NULL, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL, "source" character varying(8) NOT NULL, "idempotency_key" character varying(64) NOT NULL, "geofence" character varying(8) NOT NULL, "accuracy_bucket" character varying(8), CONSTRAINT "PK_9c026e16735aea10812a3888d6c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "check_in_visitor_idx" ON "check_in" ("visitor_id", "scanned_at") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "check_in_stamp_key" ON "check_in" ("visitor_id", "checkpoint_id", "campaign_id", "period_key") WHERE status = 'accepted'`,
    );
    await queryRunner.query(
      `CREATE TABLE "idempotency_record" ("visitor_id" uuid NOT NULL, "key" character varying(64) NOT NULL, "request_hash" character(64) NOT NULL, "status_code" smallint NOT NULL, "response" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f1bdc1669a99dc9110507bce87a" PRIMARY KEY ("visitor_id", "key"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "check_in_stat" ("venue_id" uuid NOT NULL, "checkpoint_id" uuid NOT NULL, "day" date NOT NULL, "hour" smallint NOT NULL, "audience_group" character varying(24) NOT NULL, "outcome" character varying(32) NOT NULL, "count" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_b56c3c6afdcfd4ec3a9ae19f589" PRIMARY KEY ("venue_id", "checkpoint_id", "day", "hour", "audience_group", "outcome"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "trail_progress" ("trail_id" uuid NOT NULL, "visitor_key" uuid NOT NULL, "collected" integer NOT NULL, "total" integer NOT NULL, "audience_group" character varying(24) NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "completed_at" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_df0989ee055fc9ba71c9b50d669" PRIMARY KEY ("trail_id", "visitor_key"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "trail_progress_visitor_idx" ON "trail_progress" ("visitor_key") `,
    );
    await queryRunner.query(
      `CREATE TABLE "venue_visit" ("venue_id" uuid NOT NULL, "day" date NOT NULL, "visitor_key" uuid NOT NULL, "audience_group" character varying(24) NOT NULL, "first_hour" smallint NOT NULL, CONSTRAINT "PK_8e3c852d26239b300b793a6edf1" PRIMARY KEY ("venue_id", "day", "visitor_key"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "venue_visit_visitor_idx" ON "venue_visit" ("visitor_key") `,
    );
    await queryRunner.query(
      `CREATE TABLE "trail" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(100) NOT NULL, "description" text NOT NULL DEFAULT '', "topic" character varying(32) NOT NULL, "audience_groups" text array NOT NULL DEFAULT '{}', "ordered" boolean NOT NULL DEFAULT false, "estimated_minutes" integer NOT NULL, "region_code" character varying(12) NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'draft', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5945fec365d6b346513fa528fad" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "trail_region_idx" ON "trail" ("region_code") `);
    await queryRunner.query(
      `CREATE TABLE "trail_stop" ("trail_id" uuid NOT NULL, "position" integer NOT NULL, "checkpoint_id" uuid NOT NULL, CONSTRAINT "PK_e470b809923552080e0a8aa20e9" PRIMARY KEY ("trail_id", "position"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "trail_stop_checkpoint_idx" ON "trail_stop" ("checkpoint_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "region" ADD CONSTRAINT "FK_73a16baaad741cbb01fa629e95a" FOREIGN KEY ("parent_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "checkpoint" ADD CONSTRAINT "FK_c33ea332928023e48ae805a0472" FOREIGN KEY ("venue_id") REFERENCES "venue"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "venue" ADD CONSTRAINT "FK_6290f032376fdbcf48075b25ecf" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "account" ADD CONSTRAINT "FK_537dfa033168a38fd11bad82482" FOREIGN KEY ("venue_id") REFERENCES "venue"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "account" ADD CONSTRAINT "FK_e0cd071d23b60cb073ad8e86d01" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign" ADD CONSTRAINT "FK_7b963d56a89140f5682be3d1cb1" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "check_in" ADD CONSTRAINT "FK_1c922152186b8d8e04952ddaee2" FOREIGN KEY ("visitor_id") REFERENCES "visitor"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "check_in" ADD CONSTRAINT "FK_9354b9d70876d185b4482c5f482" FOREIGN KEY ("checkpoint_id") REFERENCES "checkpoint"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "idempotency_record" ADD CONSTRAINT "FK_e1f00035c9dd42131f03f2d9d23" FOREIGN KEY ("visitor_id") REFERENCES "visitor"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "trail" ADD CONSTRAINT "FK_8b510c6db96fc580b9582065c5d" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "trail_stop" ADD CONSTRAINT "FK_c0a6e1038461e909d63c9d60963" FOREIGN KEY ("trail_id") REFERENCES "trail"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "trail_stop" ADD CONSTRAINT "FK_a52d5acdd55a96420bea9073d92" FOREIGN KEY ("checkpoint_id") REFERENCES "checkpoint"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "trail_stop" DROP CONSTRAINT "FK_a52d5acdd55a96420bea9073d92"`,
    );
    await queryRunner.query(
      `ALTER TABLE "trail_stop" DROP CONSTRAINT "FK_c0a6e1038461e909d63c9d60963"`,
    );
    await queryRunner.query(`ALTER TABLE "trail" DROP CONSTRAINT "FK_8b510c6db96fc580b9582065c5d"`);
    await queryRunner.query(
      `ALTER TABLE "idempotency_record" DROP CONSTRAINT "FK_e1f00035c9dd42131f03f2d9d23"`,
    );
    await queryRunner.query(
      `ALTER TABLE "check_in" DROP CONSTRAINT "FK_9354b9d70876d185b4482c5f482"`,
    );
    await queryRunner.query(
      `ALTER TABLE "check_in" DROP CONSTRAINT "FK_1c922152186b8d8e04952ddaee2"`,
    );
    await queryRunner.query(
      `ALTER TABLE "campaign" DROP CONSTRAINT "FK_7b963d56a89140f5682be3d1cb1"`,
    );
    await queryRunner.query(
      `ALTER TABLE "account" DROP CONSTRAINT "FK_e0cd071d23b60cb073ad8e86d01"`,
    );
    await queryRunner.query(
      `ALTER TABLE "account" DROP CONSTRAINT "FK_537dfa033168a38fd11bad82482"`,
    );
    await queryRunner.query(`ALTER TABLE "venue" DROP CONSTRAINT "FK_6290f032376fdbcf48075b25ecf"`);
    await queryRunner.query(
      `ALTER TABLE "checkpoint" DROP CONSTRAINT "FK_c33ea332928023e48ae805a0472"`,
    );
    await queryRunner.query(
      `ALTER TABLE "region" DROP CONSTRAINT "FK_73a16baaad741cbb01fa629e95a"`,
    );
    await queryRunner.query(`DROP INDEX "public"."trail_stop_checkpoint_idx"`);
    await queryRunner.query(`DROP TABLE "trail_stop"`);
    await queryRunner.query(`DROP INDEX "public"."trail_region_idx"`);
    await queryRunner.query(`DROP TABLE "trail"`);
    await queryRunner.query(`DROP INDEX "public"."venue_visit_visitor_idx"`);
    await queryRunner.query(`DROP TABLE "venue_visit"`);
    await queryRunner.query(`DROP INDEX "public"."trail_progress_visitor_idx"`);
    await queryRunner.query(`DROP TABLE "trail_progress"`);
    await queryRunner.query(`DROP TABLE "check_in_stat"`);
    await queryRunner.query(`DROP TABLE "idempotency_record"`);
    await queryRunner.query(`DROP INDEX "public"."check_in_stamp_key"`);
    await queryRunner.query(`DROP INDEX "public"."check_in_visitor_idx"`);
    await queryRunner.query(`DROP TABLE "check_in"`);
    await queryRunner.query(`DROP INDEX "public"."visitor_openid_key"`);
    await queryRunner.query(`DROP TABLE "visitor"`);
    await queryRunner.query(`DROP TABLE "campaign"`);
    await queryRunner.query(`DROP TABLE "account"`);
    await queryRunner.query(`DROP INDEX "public"."venue_region_idx"`);
    await queryRunner.query(`DROP TABLE "venue"`);
    await queryRunner.query(`DROP INDEX "public"."checkpoint_code_no_key"`);
    await queryRunner.query(`DROP INDEX "public"."checkpoint_venue_idx"`);
    await queryRunner.query(`DROP TABLE "checkpoint"`);
    await queryRunner.query(`DROP INDEX "public"."region_path_idx"`);
    await queryRunner.query(`DROP TABLE "region"`);
  }
}
