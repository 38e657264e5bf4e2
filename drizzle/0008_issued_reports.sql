CREATE TABLE "issued_reports" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "issued_reports_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"kind" text NOT NULL,
	"province_id" integer NOT NULL,
	"commune_id" integer,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"period_kind" text NOT NULL,
	"number" integer NOT NULL,
	"year" integer NOT NULL,
	"snapshot" jsonb NOT NULL,
	"issued_by" integer,
	"issued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"superseded_by" integer,
	CONSTRAINT "issued_reports_number_uq" UNIQUE("province_id","commune_id","kind","year","number"),
	CONSTRAINT "issued_reports_kind" CHECK ("issued_reports"."kind" in ('commune', 'province', 'center')),
	CONSTRAINT "issued_reports_unit_matches_kind" CHECK (("issued_reports"."kind" = 'province') = ("issued_reports"."commune_id" is null)),
	CONSTRAINT "issued_reports_period_order" CHECK ("issued_reports"."period_to" >= "issued_reports"."period_from"),
	CONSTRAINT "issued_reports_number_positive" CHECK ("issued_reports"."number" > 0)
);
--> statement-breakpoint
ALTER TABLE "issued_reports" ADD CONSTRAINT "issued_reports_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "issued_reports" ADD CONSTRAINT "issued_reports_issued_by_users_id_fk" FOREIGN KEY ("issued_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "issued_reports" ADD CONSTRAINT "issued_reports_commune_in_province_fk" FOREIGN KEY ("commune_id","province_id") REFERENCES "public"."communes"("id","province_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "issued_reports" ADD CONSTRAINT "issued_reports_superseded_by_fk" FOREIGN KEY ("superseded_by") REFERENCES "public"."issued_reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "issued_reports_unit_period_idx" ON "issued_reports" USING btree ("province_id","commune_id","period_from");