import { MigrationInterface, QueryRunner } from 'typeorm';

export class ContentReviewAudit1796130819408 implements MigrationInterface {
  name = 'ContentReviewAudit1796130819408';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_event" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "actor_id" uuid NOT NULL, "actor_role" character varying(16) NOT NULL, "actor_name" character varying(64) NOT NULL, "action" character varying(48) NOT NULL, "entity_type" character varying(16) NOT NULL, "entity_id" uuid NOT NULL, "venue_id" uuid, "region_code" character varying(12), "before" jsonb, "after" jsonb, CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "audit_event_entity_idx" ON "audit_event" ("entity_id", "at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "audit_event_region_idx" ON "audit_event" ("region_code", "at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "audit_event_venue_idx" ON "audit_event" ("venue_id", "at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "display_link" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "checkpoint_id" uuid NOT NULL, "secret_hash" character(64) NOT NULL, "label" character varying(60) NOT NULL, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP WITH TIME ZONE, "last_seen_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_bd4fb1a724c32c8abdf7e9e3928" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "display_link_checkpoint_idx" ON "display_link" ("checkpoint_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "display_link_secret_key" ON "display_link" ("secret_hash") `,
    );
    await queryRunner.query(
      `CREATE TABLE "region_dataset" ("source" character varying(64) NOT NULL, "region_count" integer NOT NULL, "loaded_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_e0f499d85c6fc127b3fcb6a5646" PRIMARY KEY ("source"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "review" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "subject" character varying(16) NOT NULL, "subject_id" uuid NOT NULL, "venue_id" uuid, "region_code" character varying(12) NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'pending', "before" jsonb, "after" jsonb NOT NULL, "submitted_by" uuid NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "decided_by" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "comment" character varying(500), CONSTRAINT "PK_2e4299a343a81574217255c00ca" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "review_venue_idx" ON "review" ("venue_id") `);
    await queryRunner.query(`CREATE INDEX "review_submitted_idx" ON "review" ("submitted_at") `);
    await queryRunner.query(
      `CREATE INDEX "review_subject_idx" ON "review" ("subject_id", "submitted_at") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "review_pending_key" ON "review" ("subject", "subject_id") WHERE status = 'pending'`,
    );
    await queryRunner.query(
      `CREATE TABLE "trail_consent" ("trail_id" uuid NOT NULL, "venue_id" uuid NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'pending', "decided_by" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "comment" character varying(500), CONSTRAINT "PK_79f1c274abed1cd515e53410a4a" PRIMARY KEY ("trail_id", "venue_id"))`,
    );
    await queryRunner.query(`ALTER TABLE "checkpoint" ADD "live" boolean NOT NULL DEFAULT true`);
    await queryRunner.query(`ALTER TABLE "checkpoint" ADD "version" integer NOT NULL DEFAULT '1'`);
    await queryRunner.query(
      `ALTER TABLE "venue" ADD "closed_dates" text array NOT NULL DEFAULT '{}'`,
    );
    await queryRunner.query(`ALTER TABLE "venue" ADD "accessibility" jsonb`);
    await queryRunner.query(`ALTER TABLE "venue" ADD "contact" jsonb`);
    await queryRunner.query(`ALTER TABLE "venue" ADD "booking" jsonb`);
    await queryRunner.query(`ALTER TABLE "venue" ADD "version" integer NOT NULL DEFAULT '1'`);
    await queryRunner.query(
      `ALTER TABLE "account" ADD "must_change_password" boolean NOT NULL DEFAULT false`,
    );
    await queryRunner.query(`ALTER TABLE "account" ADD "disabled_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `ALTER TABLE "account" ADD "tokens_valid_after" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(`ALTER TABLE "account" ADD "version" integer NOT NULL DEFAULT '1'`);
    await queryRunner.query(`ALTER TABLE "trail" ADD "proposed_by_venue_id" uuid`);
    await queryRunner.query(`ALTER TABLE "trail" ADD "version" integer NOT NULL DEFAULT '1'`);
    await queryRunner.query(
      `ALTER TABLE "display_link" ADD CONSTRAINT "FK_29853106c661608eed1571d4e1d" FOREIGN KEY ("checkpoint_id") REFERENCES "checkpoint"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "trail" ADD CONSTRAINT "FK_929790149bd498129073139a1a0" FOREIGN KEY ("proposed_by_venue_id") REFERENCES "venue"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "trail_consent" ADD CONSTRAINT "FK_65d35c3778ad787395e376de85a" FOREIGN KEY ("trail_id") REFERENCES "trail"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "trail_consent" ADD CONSTRAINT "FK_a505f8c3262fc7f9ea198b3e81b" FOREIGN KEY ("venue_id") REFERENCES "venue"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "trail_consent" DROP CONSTRAINT "FK_a505f8c3262fc7f9ea198b3e81b"`,
    );
    await queryRunner.query(
      `ALTER TABLE "trail_consent" DROP CONSTRAINT "FK_65d35c3778ad787395e376de85a"`,
    );
    await queryRunner.query(`ALTER TABLE "trail" DROP CONSTRAINT "FK_929790149bd498129073139a1a0"`);
    await queryRunner.query(
      `ALTER TABLE "display_link" DROP CONSTRAINT "FK_29853106c661608eed1571d4e1d"`,
    );
    await queryRunner.query(`ALTER TABLE "trail" DROP COLUMN "version"`);
    await queryRunner.query(`ALTER TABLE "trail" DROP COLUMN "proposed_by_venue_id"`);
    await queryRunner.query(`ALTER TABLE "account" DROP COLUMN "version"`);
    await queryRunner.query(`ALTER TABLE "account" DROP COLUMN "tokens_valid_after"`);
    await queryRunner.query(`ALTER TABLE "account" DROP COLUMN "disabled_at"`);
    await queryRunner.query(`ALTER TABLE "account" DROP COLUMN "must_change_password"`);
    await queryRunner.query(`ALTER TABLE "venue" DROP COLUMN "version"`);
    await queryRunner.query(`ALTER TABLE "venue" DROP COLUMN "booking"`);
    await queryRunner.query(`ALTER TABLE "venue" DROP COLUMN "contact"`);
    await queryRunner.query(`ALTER TABLE "venue" DROP COLUMN "accessibility"`);
    await queryRunner.query(`ALTER TABLE "venue" DROP COLUMN "closed_dates"`);
    await queryRunner.query(`ALTER TABLE "checkpoint" DROP COLUMN "version"`);
    await queryRunner.query(`ALTER TABLE "checkpoint" DROP COLUMN "live"`);
    await queryRunner.query(`DROP TABLE "trail_consent"`);
    await queryRunner.query(`DROP INDEX "public"."review_pending_key"`);
    await queryRunner.query(`DROP INDEX "public"."review_subject_idx"`);
    await queryRunner.query(`DROP INDEX "public"."review_submitted_idx"`);
    await queryRunner.query(`DROP INDEX "public"."review_venue_idx"`);
    await queryRunner.query(`DROP TABLE "review"`);
    await queryRunner.query(`DROP TABLE "region_dataset"`);
    await queryRunner.query(`DROP INDEX "public"."display_link_secret_key"`);
    await queryRunner.query(`DROP INDEX "public"."display_link_checkpoint_idx"`);
    await queryRunner.query(`DROP TABLE "display_link"`);
    await queryRunner.query(`DROP INDEX "public"."audit_event_venue_idx"`);
    await queryRunner.query(`DROP INDEX "public"."audit_event_region_idx"`);
    await queryRunner.query(`DROP INDEX "public"."audit_event_entity_idx"`);
    await queryRunner.query(`DROP TABLE "audit_event"`);
  }
}
