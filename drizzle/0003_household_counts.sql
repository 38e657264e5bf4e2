CREATE TABLE "member_household_counts" (
	"member_id" integer PRIMARY KEY NOT NULL,
	"commune_id" integer NOT NULL,
	"households" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "member_household_counts_nonneg" CHECK ("member_household_counts"."households" >= 0)
);
--> statement-breakpoint
CREATE TABLE "village_household_counts" (
	"village_id" integer PRIMARY KEY NOT NULL,
	"commune_id" integer NOT NULL,
	"households" integer DEFAULT 0 NOT NULL,
	"proficient" integer DEFAULT 0 NOT NULL,
	"assigned" integer DEFAULT 0 NOT NULL,
	"volunteers" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "village_household_counts_sane" CHECK ("village_household_counts"."proficient" between 0 and "village_household_counts"."households" and "village_household_counts"."assigned" between 0 and "village_household_counts"."households" and "village_household_counts"."volunteers" between 0 and "village_household_counts"."assigned")
);
--> statement-breakpoint
CREATE TABLE "commune_procedure_daily_stats" (
	"commune_id" integer NOT NULL,
	"day" date NOT NULL,
	"procedure_code" text NOT NULL,
	"records" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "commune_procedure_daily_stats_commune_id_day_procedure_code_pk" PRIMARY KEY("commune_id","day","procedure_code"),
	CONSTRAINT "commune_procedure_daily_stats_nonneg" CHECK ("commune_procedure_daily_stats"."records" >= 0)
);
--> statement-breakpoint
ALTER TABLE "member_household_counts" ADD CONSTRAINT "member_household_counts_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_household_counts" ADD CONSTRAINT "member_household_counts_member_fk" FOREIGN KEY ("member_id","commune_id") REFERENCES "public"."members"("id","commune_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "village_household_counts" ADD CONSTRAINT "village_household_counts_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "village_household_counts" ADD CONSTRAINT "village_household_counts_village_fk" FOREIGN KEY ("village_id","commune_id") REFERENCES "public"."villages"("id","commune_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commune_procedure_daily_stats" ADD CONSTRAINT "commune_procedure_daily_stats_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commune_procedure_daily_stats" ADD CONSTRAINT "commune_procedure_daily_stats_procedure_code_procedures_code_fk" FOREIGN KEY ("procedure_code") REFERENCES "public"."procedures"("code") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "member_household_counts_commune_idx" ON "member_household_counts" USING btree ("commune_id");--> statement-breakpoint
CREATE INDEX "village_household_counts_commune_idx" ON "village_household_counts" USING btree ("commune_id");--> statement-breakpoint
-- A database seeded before this migration: count what is there.
INSERT INTO "village_household_counts" ("village_id", "commune_id", "households", "proficient", "assigned", "volunteers")
SELECT v."id", v."commune_id", count(h."id"), count(h."id") FILTER (WHERE h."has_proficient_member"), count(h."assigned_member_id"), count(DISTINCT h."assigned_member_id")
FROM "villages" v LEFT JOIN "households" h ON h."village_id" = v."id" GROUP BY v."id", v."commune_id";--> statement-breakpoint
INSERT INTO "member_household_counts" ("member_id", "commune_id", "households")
SELECT m."id", m."commune_id", count(h."id")
FROM "members" m LEFT JOIN "households" h ON h."assigned_member_id" = m."id" GROUP BY m."id", m."commune_id";--> statement-breakpoint
INSERT INTO "commune_procedure_daily_stats" ("commune_id", "day", "procedure_code", "records")
SELECT "commune_id", "day", "procedure_code", sum("records") FROM "village_procedure_daily_stats" GROUP BY "commune_id", "day", "procedure_code";
