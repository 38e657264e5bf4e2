CREATE TABLE "commune_daily_reach" (
	"commune_id" integer NOT NULL,
	"day" date NOT NULL,
	"households_first_reached" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "commune_daily_reach_commune_id_day_pk" PRIMARY KEY("commune_id","day"),
	CONSTRAINT "commune_daily_reach_nonneg" CHECK ("commune_daily_reach"."households_first_reached" >= 0)
);
--> statement-breakpoint
CREATE TABLE "commune_daily_stats" (
	"commune_id" integer NOT NULL,
	"day" date NOT NULL,
	"channel" "channel" NOT NULL,
	"records" integer DEFAULT 0 NOT NULL,
	"people_served" integer DEFAULT 0 NOT NULL,
	"households_served" integer DEFAULT 0 NOT NULL,
	"eid_activated" integer DEFAULT 0 NOT NULL,
	"signatures_installed" integer DEFAULT 0 NOT NULL,
	"sims_given" integer DEFAULT 0 NOT NULL,
	"dossiers_submitted" integer DEFAULT 0 NOT NULL,
	"payment_apps_installed" integer DEFAULT 0 NOT NULL,
	"smartphones_donated" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "commune_daily_stats_commune_id_day_channel_pk" PRIMARY KEY("commune_id","day","channel"),
	CONSTRAINT "commune_daily_stats_records_nonneg" CHECK ("commune_daily_stats"."records" >= 0)
);
--> statement-breakpoint
ALTER TABLE "commune_daily_reach" ADD CONSTRAINT "commune_daily_reach_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commune_daily_stats" ADD CONSTRAINT "commune_daily_stats_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "households_proficient_idx" ON "households" USING btree ("commune_id","village_id") WHERE "households"."has_proficient_member";--> statement-breakpoint
-- A database seeded before this migration: fill the commune rollups from the village ones.
INSERT INTO "commune_daily_stats" ("commune_id", "day", "channel", "records", "people_served", "households_served", "eid_activated", "signatures_installed", "sims_given", "dossiers_submitted", "payment_apps_installed", "smartphones_donated")
SELECT "commune_id", "day", "channel", sum("records"), sum("people_served"), sum("households_served"), sum("eid_activated"), sum("signatures_installed"), sum("sims_given"), sum("dossiers_submitted"), sum("payment_apps_installed"), sum("smartphones_donated")
FROM "village_daily_stats" GROUP BY "commune_id", "day", "channel";--> statement-breakpoint
INSERT INTO "commune_daily_reach" ("commune_id", "day", "households_first_reached")
SELECT "commune_id", "day", sum("households_first_reached") FROM "village_daily_reach" GROUP BY "commune_id", "day";
